# Turning trap_exit off again makes abnormal link exits fatal once more
defmodule TrapToggle do
  def run do
    parent = self()
    {m, ref} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      c1 = spawn_link(fn -> exit(:first) end)
      receive do
        {:EXIT, ^c1, r} -> send(parent, {:trapped, r})
      end
      Process.flag(:trap_exit, false)
      spawn_link(fn -> exit(:second) end)
      receive do
        :never -> :ok
      end
    end)
    receive do
      {:trapped, r} -> IO.inspect({:trapped, r})
    end
    receive do
      {:DOWN, ^ref, :process, ^m, r} -> IO.inspect({:died, r})
    end
  end
end

TrapToggle.run()
