# Process.info(pid, :links) (the main process may have links of its own: compare against them)
defmodule InfoLinks do
  def run do
    {:links, base} = Process.info(self(), :links)
    IO.inspect(is_list(base))
    parent = self()
    a = spawn_link(fn -> receive do :stop -> :ok end end)
    b = spawn_link(fn -> receive do :stop -> :ok end end)
    {:links, links} = Process.info(self(), :links)
    IO.inspect({length(links) - length(base), Enum.sort(links -- base) == Enum.sort([a, b])})
    {:links, al} = Process.info(a, :links)
    IO.inspect(al == [parent])
    IO.inspect(Process.unlink(a))
    {:links, links2} = Process.info(self(), :links)
    IO.inspect(links2 -- base == [b])
    IO.inspect(Process.info(a, :links))
    IO.inspect(Process.link(a))
    IO.inspect(Process.link(a))
    {:links, links3} = Process.info(self(), :links)
    IO.inspect(length(links3) - length(base))
    Process.flag(:trap_exit, true)
    send(a, :stop)
    receive do
      {:EXIT, ^a, :normal} -> :ok
    end
    {:links, links4} = Process.info(self(), :links)
    IO.inspect(links4 -- base == [b])
    IO.inspect(Process.info(a, :links))
    {:links, bl} = Process.info(b, :links)
    IO.inspect(bl == [parent])
  end
end

InfoLinks.run()
