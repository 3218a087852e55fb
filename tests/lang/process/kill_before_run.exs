# Killing a freshly spawned process (maybe before it ever ran), and killing sleepers and waiters
defmodule KillEarly do
  def run do
    parent = self()
    {p, ref} = spawn_monitor(fn -> send(parent, :ran) ; receive do :never -> :ok end end)
    Process.exit(p, :kill)
    receive do
      {:DOWN, ^ref, :process, ^p, r} -> IO.inspect(r)
    end
    receive do
      :ran -> :ok
    after
      0 -> :ok
    end
    {s, sref} = spawn_monitor(fn -> Process.sleep(60_000) end)
    Process.exit(s, :kill)
    receive do
      {:DOWN, ^sref, :process, ^s, r} -> IO.inspect({:sleeper, r})
    end
    {w, wref} = spawn_monitor(fn -> receive do :x -> :ok after 60_000 -> :ok end end)
    Process.exit(w, :stop)
    receive do
      {:DOWN, ^wref, :process, ^w, r} -> IO.inspect({:waiter_with_timer, r})
    end
    IO.inspect(Process.exit(w, :kill))
    IO.puts("done quickly")
  end
end

KillEarly.run()
