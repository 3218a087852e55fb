# exit(:kill) called by a process itself: links get the reason :kill, monitors see :kill
defmodule ExitKillReason do
  def run do
    parent = self()
    {p, ref} = spawn_monitor(fn -> exit(:kill) end)
    receive do
      {:DOWN, ^ref, :process, ^p, r} -> IO.inspect({:monitor, r})
    end
    Process.flag(:trap_exit, true)
    q = spawn_link(fn -> exit(:kill) end)
    receive do
      {:EXIT, ^q, r} -> IO.inspect({:trapped_link, r})
    end
    {m, mref} = spawn_monitor(fn ->
      spawn_link(fn -> exit(:kill) end)
      receive do :never -> :ok end
    end)
    receive do
      {:DOWN, ^mref, :process, ^m, r} -> IO.inspect({:linked_nontrapping, r})
    end
    {m2, m2ref} = spawn_monitor(fn ->
      Process.flag(:trap_exit, true)
      k = spawn_link(fn -> exit(:kill) end)
      receive do
        {:EXIT, ^k, r} -> send(parent, {:inner_trapped, r})
      end
    end)
    receive do
      {:inner_trapped, r} -> IO.inspect({:inner_trapped, r})
    end
    receive do
      {:DOWN, ^m2ref, :process, ^m2, r} -> IO.inspect({:m2, r})
    end
  end
end

ExitKillReason.run()
