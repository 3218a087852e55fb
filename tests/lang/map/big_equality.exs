# Equality and term order of maps of more than 32 keys: by size, then the
# keys in order, then the values in key order, whatever the insertion order.
a = Map.new(1..50, &{&1, &1})
b = Enum.reduce(50..1, %{}, fn i, acc -> Map.put(acc, i, i) end)
IO.inspect({a == b, a === b, a != b, Map.equal?(a, b)})
IO.inspect({a == Map.put(a, 1, 1.0), a === Map.put(a, 1, 1.0)})
IO.inspect({a < Map.put(a, 1, 2), Map.put(a, 50, 0) < a})
IO.inspect({a < Map.put(a, 51, 0), Map.delete(a, 1) < a, Map.delete(a, 50) > a})
IO.inspect({Map.new(1..40, &{&1, 1}) < Map.new(2..41, &{&1, 1}), Map.new(1..40, &{&1 * 1.0, 1}) < Map.new(1..40, &{&1, 1})})
IO.inspect(Map.new(1..40, &{"#{&1}", 1}) > Map.new(1..40, &{&1, 1}))
IO.inspect(Map.new(1..32, &{&1, 1}) < Map.new(1..33, &{&1, 1}))
IO.inspect(Map.new(1..40, &{&1, 1}) > %{1 => 2})
maps = [Map.new(1..40, &{&1, 2}), Map.new(1..40, &{&1, 1}), Map.new(1..39, &{&1, 1}), Map.new(2..41, &{&1, 1}), Map.new(1..40, &{&1 * 1.0, 1})]
IO.inspect(Enum.sort(maps) |> Enum.map(&{map_size(&1), Map.get(&1, 1), Map.get(&1, 1.0)}))
IO.inspect(Enum.uniq([a, b, Map.put(a, 7, 0), Map.put(b, 7, 0)]) |> length())
IO.inspect(Enum.member?([Map.delete(a, 3), b], a))
# as keys and in other terms
keyed = Map.new(1..40, fn j -> {Map.new(1..(32 + j), fn i -> {i, j} end), j} end)
IO.inspect(keyed[Map.new(1..40, fn i -> {i, 8} end)])
IO.inspect({[a, {b}] == [b, {a}], {a, 1} < {b, 2}})
