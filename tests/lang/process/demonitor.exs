# Process.demonitor stops :DOWN messages from arriving
defmodule Demon do
  def run do
    pid = spawn(fn ->
      receive do
        :die -> exit(:bye)
      end
    end)
    ref = Process.monitor(pid)
    IO.inspect(Process.demonitor(ref))
    ref_watch = Process.monitor(pid)
    send(pid, :die)
    receive do
      {:DOWN, ^ref_watch, :process, ^pid, r} -> IO.inspect({:second_monitor, r})
    end
    receive do
      {:DOWN, ^ref, _, _, _} -> IO.puts("demonitored DOWN arrived (wrong)")
    after
      50 -> IO.puts("no DOWN for the removed monitor")
    end
    IO.inspect(Process.demonitor(ref))
    IO.inspect(Process.demonitor(make_ref()))
  end
end

Demon.run()
