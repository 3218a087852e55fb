{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
{:ok, _} = Registry.register(Reg, :key, 1)
IO.inspect(Registry.register(Reg, :key, 2) == {:error, {:already_registered, self()}})
IO.inspect(Registry.lookup(Reg, :key) == [{self(), 1}])
me = self()

other =
  spawn(fn ->
    send(me, {:attempt, Registry.register(Reg, :key, 3)})
    send(me, {:own, Registry.register(Reg, :other_key, 4)})
    receive do
      :stop -> :ok
    end
  end)

receive do
  {:attempt, result} -> IO.inspect(result == {:error, {:already_registered, me}})
end

receive do
  {:own, {:ok, _}} -> IO.puts("other registered its own key")
end

IO.inspect(Registry.lookup(Reg, :other_key) |> Enum.map(fn {pid, v} -> {pid == other, v} end))
IO.inspect(Registry.keys(Reg, other))
IO.inspect(Registry.count(Reg))
Registry.unregister(Reg, :key)
{:ok, _} = Registry.register(Reg, :key, 5)
IO.inspect(Registry.lookup(Reg, :key) |> Enum.map(&elem(&1, 1)))
