# Process.list/0 includes live processes and not dead ones
defmodule PList do
  def run do
    list = Process.list()
    IO.inspect(is_list(list))
    IO.inspect(self() in list)
    p = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(p in Process.list())
    ref = Process.monitor(p)
    send(p, :stop)
    receive do
      {:DOWN, ^ref, :process, ^p, _} -> :ok
    end
    IO.inspect(p in Process.list())
    IO.inspect(Enum.all?(Process.list(), &is_pid/1))
    ps = for _ <- 1..10, do: spawn(fn -> receive do :stop -> :ok end end)
    now = Process.list()
    IO.inspect(Enum.all?(ps, &(&1 in now)))
    Enum.each(ps, &send(&1, :stop))
  end
end

PList.run()
