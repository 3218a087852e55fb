# Task.shutdown/2 sends :shutdown; a task that traps exits and ignores it is killed after the timeout
defmodule Main do
  def run do
    parent = self()
    t =
      Task.async(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :trapping)
        receive do
          {:EXIT, _, :shutdown} ->
            send(parent, :got_shutdown)
            Process.sleep(1000)
        end
      end)

    receive do :trapping -> :ok end
    IO.inspect(Task.shutdown(t, 50))
    receive do
      :got_shutdown -> IO.puts("task saw the shutdown signal")
    after
      0 -> IO.puts("no shutdown seen")
    end
    IO.inspect(Process.alive?(t.pid))
  end
end

Main.run()
