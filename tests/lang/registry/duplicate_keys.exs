{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics)
{:ok, _} = Registry.register(Topics, "news", :first)
{:ok, _} = Registry.register(Topics, "news", :second)
{:ok, _} = Registry.register(Topics, "sports", :third)
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(fn {pid, v} -> {pid == self(), v} end))
IO.inspect(Registry.keys(Topics, self()))
IO.inspect(Registry.values(Topics, "news", self()))
IO.inspect(Registry.count(Topics))
me = self()

other =
  spawn(fn ->
    {:ok, _} = Registry.register(Topics, "news", :from_other)
    send(me, :ok)

    receive do
      :stop -> :ok
    end
  end)

receive do
  :ok -> :ok
end

IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.count(Topics))
IO.inspect(Registry.unregister(Topics, "news"))
IO.inspect(Registry.lookup(Topics, "news") |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.keys(Topics, self()))

try do
  Registry.whereis_name({Topics, "news"})
rescue
  e in ArgumentError -> IO.puts(e.message)
end

ref = Process.monitor(other)
send(other, :stop)

receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

IO.inspect(Registry.lookup(Topics, "news"))
IO.inspect(Registry.count(Topics))
