# Monitoring a dead process gives :noproc at once
defmodule NoProc do
  def run do
    {pid, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
    end
    IO.inspect(Process.alive?(pid))
    ref2 = Process.monitor(pid)
    receive do
      {:DOWN, ^ref2, :process, ^pid, reason} -> IO.inspect(reason)
    end
    ref3 = Process.monitor(pid)
    ref4 = Process.monitor(pid)
    IO.inspect(ref3 != ref4)
    r3 = receive do {:DOWN, ^ref3, :process, _, r} -> r end
    r4 = receive do {:DOWN, ^ref4, :process, _, r} -> r end
    IO.inspect({r3, r4})
    ref5 = Process.monitor(:no_such_registered_name)
    receive do
      {:DOWN, ^ref5, :process, who, reason} -> IO.inspect({who, reason})
    end
  end
end

NoProc.run()
