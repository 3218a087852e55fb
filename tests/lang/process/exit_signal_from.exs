# A trapping process learns who sent the exit signal
defmodule ExitFrom do
  def run do
    parent = self()
    t = spawn(fn ->
      Process.flag(:trap_exit, true)
      send(parent, :ready)
      loop(parent, [])
    end)
    receive do
      :ready -> :ok
    end
    helper = spawn(fn ->
      receive do
        {:signal, target} ->
          Process.exit(target, :from_helper)
          send(parent, :helper_sent)
      end
    end)
    Process.exit(t, :from_main)
    send(t, {:report_next})
    receive do
      {:report, from_main?, reason} -> IO.inspect({:first, from_main?, reason})
    end
    send(helper, {:signal, t})
    receive do
      :helper_sent -> :ok
    end
    send(t, {:check_helper, helper})
    receive do
      {:helper_report, ok, reason} -> IO.inspect({:second, ok, reason})
    end
  end

  def loop(parent, _acc) do
    receive do
      {:report_next} ->
        receive do
          {:EXIT, from, reason} -> send(parent, {:report, from == parent, reason})
        end
        loop(parent, [])
      {:check_helper, helper} ->
        receive do
          {:EXIT, from, reason} -> send(parent, {:helper_report, from == helper, reason})
        end
    end
  end
end

ExitFrom.run()
