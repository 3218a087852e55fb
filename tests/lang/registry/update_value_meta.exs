{:ok, _} = Registry.start_link(keys: :unique, name: U, meta: [version: 1])
Registry.put_meta(U, {:tuple, :key}, :t)
IO.inspect(Registry.update_value(U, :count, fn n -> n + 1 end))
{:ok, _} = Registry.register(U, :count, 0)
IO.inspect(Registry.update_value(U, :count, fn n -> n + 1 end))
IO.inspect(Registry.update_value(U, :count, fn n -> n * 10 end))
IO.inspect(Registry.lookup(U, :count) |> Enum.map(&elem(&1, 1)))
me = self()

spawn(fn ->
  send(me, {:other, Registry.update_value(U, :count, fn _ -> :stolen end)})
end)

receive do
  {:other, result} -> IO.inspect(result, label: "from another process")
end

try do
  Registry.update_value(U, :count, fn _ -> raise "callback failed" end)
rescue
  e -> IO.inspect(e)
end

IO.inspect(Registry.lookup(U, :count) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.meta(U, :version))
IO.inspect(Registry.meta(U, {:tuple, :key}))
IO.inspect(Registry.meta(U, :missing))
IO.inspect(Registry.put_meta(U, :version, 2))
IO.inspect(Registry.meta(U, :version))

{:ok, _} = Registry.start_link(keys: :duplicate, name: D)

try do
  Registry.update_value(D, :k, fn x -> x end)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
