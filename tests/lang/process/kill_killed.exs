# Process.exit(pid, :kill) is untrappable and is seen as :killed
defmodule KillKilled do
  def run do
    parent = self()
    pid = spawn(fn ->
      Process.flag(:trap_exit, true)
      send(parent, :trapping)
      receive do
        :never -> :ok
      end
    end)
    receive do
      :trapping -> :ok
    end
    ref = Process.monitor(pid)
    IO.inspect(Process.exit(pid, :kill))
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
    Process.flag(:trap_exit, true)
    p2 = spawn_link(fn -> receive do :never -> :ok end end)
    Process.exit(p2, :kill)
    receive do
      {:EXIT, ^p2, r} -> IO.inspect({:linked, r})
    end
    p3 = spawn_link(fn ->
      Process.flag(:trap_exit, true)
      send(parent, :p3_trapping)
      receive do
        :never -> :ok
      end
    end)
    receive do
      :p3_trapping -> :ok
    end
    Process.exit(p3, :kill)
    receive do
      {:EXIT, ^p3, r} -> IO.inspect({:trapping_linked, r})
    end
  end
end

KillKilled.run()
