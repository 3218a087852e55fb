# Process.flag(:trap_exit, ...) returns the previous value, per process
defmodule FlagTrap do
  def run do
    parent = self()
    spawn(fn ->
      a = Process.flag(:trap_exit, true)
      b = Process.flag(:trap_exit, true)
      c = Process.flag(:trap_exit, false)
      d = Process.flag(:trap_exit, false)
      send(parent, {:flags, [a, b, c, d]})
    end)
    receive do
      {:flags, fs} -> IO.inspect(fs)
    end
    IO.inspect(Process.flag(:trap_exit, true))
    spawn(fn -> send(parent, {:child_flag, Process.flag(:trap_exit, false)}) end)
    receive do
      {:child_flag, f} -> IO.inspect({:child_inherits_nothing, f})
    end
    IO.inspect(Process.flag(:trap_exit, false))
  end
end

FlagTrap.run()
