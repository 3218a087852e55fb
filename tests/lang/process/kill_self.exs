# A process killing itself with Process.exit(self(), :kill)
defmodule KillSelf do
  def run do
    {pid, ref} = spawn_monitor(fn -> Process.exit(self(), :kill) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
    {pid2, ref2} =
      spawn_monitor(fn ->
        Process.flag(:trap_exit, true)
        Process.exit(self(), :kill)
        receive do
          :never -> :ok
        end
      end)
    receive do
      {:DOWN, ^ref2, :process, ^pid2, r} -> IO.inspect({:trapping, r})
    end
    {pid3, ref3} =
      spawn_monitor(fn ->
        Process.exit(self(), :custom)
        receive do
          :never -> :ok
        end
      end)
    receive do
      {:DOWN, ^ref3, :process, ^pid3, r} -> IO.inspect({:custom, r})
    end
    parent = self()
    {pid4, ref4} =
      spawn_monitor(fn ->
        Process.flag(:trap_exit, true)
        Process.exit(self(), :custom)
        receive do
          {:EXIT, from, r} -> send(parent, {:self_trapped, from == self(), r})
        end
      end)
    receive do
      {:self_trapped, s, r} -> IO.inspect({:self_trapped, s, r})
    end
    receive do
      {:DOWN, ^ref4, :process, ^pid4, r} -> IO.inspect({:trapper_exit, r})
    end
  end
end

KillSelf.run()
