# Process.link(self()) is a no-op; Process.exit/2 on a dead pid returns true
defmodule LinkSelf do
  def run do
    {:links, before} = Process.info(self(), :links)
    IO.inspect(Process.link(self()))
    {:links, now} = Process.info(self(), :links)
    IO.inspect(now == before)
    {d, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^d, _} -> :ok
    end
    IO.inspect(Process.exit(d, :kill))
    IO.inspect(Process.exit(d, :normal))
    IO.inspect(Process.unlink(d))
    IO.inspect(Process.demonitor(ref))
  end
end

LinkSelf.run()
