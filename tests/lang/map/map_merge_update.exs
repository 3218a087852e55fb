# Map.merge / update / update! / replace
a = %{a: 1, b: 2}
b = %{b: 20, c: 30}
IO.inspect(Map.merge(a, b))
IO.inspect(Map.merge(b, a))
IO.inspect(Map.merge(a, b, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect(Map.update(a, :a, 0, fn v -> v * 10 end))
IO.inspect(Map.update(a, :z, 0, fn v -> v * 10 end))
IO.inspect(Map.update!(a, :b, fn v -> v - 1 end))
IO.inspect(Map.replace(a, :a, :new))
IO.inspect(Map.replace(a, :q, :new))
IO.inspect(Map.replace!(a, :b, :new))

try do
  Map.update!(a, :missing, fn v -> v end)
rescue
  e in KeyError -> IO.puts("KeyError: " <> Exception.message(e))
end

counts = Enum.reduce(~w(a b a c b a), %{}, fn w, acc -> Map.update(acc, w, 1, fn c -> c + 1 end) end)
IO.inspect(counts)
