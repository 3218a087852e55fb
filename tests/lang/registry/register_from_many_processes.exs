# each process registers its own key; lookups map keys back to the right pids
{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
parent = self()
pids =
  for i <- 1..5 do
    spawn(fn ->
      {:ok, _} = Registry.register(Reg, {:worker, i}, i * i)
      send(parent, {:registered, i})
      receive do
        :stop -> :ok
      end
    end)
  end
for i <- 1..5 do
  receive do
    {:registered, ^i} -> :ok
  end
end
found =
  for {pid, i} <- Enum.with_index(pids, 1) do
    [{owner, value}] = Registry.lookup(Reg, {:worker, i})
    {i, owner == pid, value}
  end
IO.inspect(found)
IO.inspect(Registry.keys(Reg, Enum.at(pids, 2)))
