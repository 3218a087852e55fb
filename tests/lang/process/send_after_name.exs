# Process.send_after to a registered name, to a dead pid, and send_after/4
defmodule SendAfterName do
  def run do
    parent = self()
    pid = spawn(fn ->
      receive do
        :timed -> send(parent, :named_timer_arrived)
      end
    end)
    Process.register(pid, :timer_target)
    Process.send_after(:timer_target, :timed, 5)
    receive do
      :named_timer_arrived -> IO.puts("named timer arrived")
    end
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^dead, _} -> :ok
    end
    t = Process.send_after(dead, :lost, 1)
    IO.inspect(is_reference(t))
    Process.sleep(20)
    IO.inspect(Process.read_timer(t))
    t2 = Process.send_after(self(), :four, 5, [])
    receive do
      :four -> IO.inspect({:four, is_reference(t2)})
    end
    IO.puts("still running")
  end
end

SendAfterName.run()
