# A registered name is freed when its process dies and can be reused
defmodule WhereDead do
  def run do
    {p, ref} = spawn_monitor(fn -> receive do :stop -> :ok end end)
    Process.register(p, :short_lived)
    IO.inspect(Process.whereis(:short_lived) == p)
    send(:short_lived, :stop)
    receive do
      {:DOWN, ^ref, :process, ^p, :normal} -> :ok
    end
    IO.inspect(Process.whereis(:short_lived))
    IO.inspect(:short_lived in Process.registered())
    q = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.register(q, :short_lived))
    IO.inspect(Process.whereis(:short_lived) == q)
    {k, kref} = spawn_monitor(fn -> receive do :never -> :ok end end)
    Process.register(k, :to_be_killed)
    Process.exit(k, :kill)
    receive do
      {:DOWN, ^kref, :process, ^k, :killed} -> :ok
    end
    IO.inspect(Process.whereis(:to_be_killed))
    send(q, :stop)
  end
end

WhereDead.run()
