# Process.exit(self(), :normal) and exit(:normal) in a child
defmodule ExitSelfNormal do
  def run do
    parent = self()
    {p, ref} = spawn_monitor(fn ->
      Process.exit(self(), :normal)
      send(parent, :still_running_after_exit_self_normal)
      receive do :never -> :ok after 100 -> :ok end
    end)
    receive do
      {:DOWN, ^ref, :process, ^p, r} -> IO.inspect({:down, r})
    end
    receive do
      :still_running_after_exit_self_normal -> IO.puts("continued")
    after
      0 -> IO.puts("did not continue")
    end
    {p2, ref2} = spawn_monitor(fn ->
      exit(:normal)
    end)
    receive do
      {:DOWN, ^ref2, :process, ^p2, r} -> IO.inspect({:exit_normal, r})
    end
  end
end

ExitSelfNormal.run()
