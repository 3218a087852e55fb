# A killed process's links receive :killed (not :kill), which a trapping process can catch
defmodule KillProp do
  def run do
    parent = self()
    Process.flag(:trap_exit, true)
    b = spawn_link(fn ->
      a = spawn_link(fn -> receive do :never -> :ok end end)
      send(parent, {:a, a})
      receive do :never -> :ok end
    end)
    a = receive do {:a, a} -> a end
    Process.exit(a, :kill)
    receive do
      {:EXIT, ^b, r} -> IO.inspect({:b_exited, r})
    end
    t = spawn_link(fn ->
      Process.flag(:trap_exit, true)
      x = spawn_link(fn -> receive do :never -> :ok end end)
      send(parent, {:x, x})
      receive do
        {:EXIT, ^x, r} -> send(parent, {:trapper_saw, r})
      end
    end)
    x = receive do {:x, x} -> x end
    Process.exit(x, :kill)
    receive do
      {:trapper_saw, r} -> IO.inspect({:trapper_saw, r})
    end
    receive do
      {:EXIT, ^t, r} -> IO.inspect({:trapper_exit, r})
    end
  end
end

KillProp.run()
