# Maps built from pairs in any order, with repeated keys: the later pair
# wins, and 1 and 1.0 (or {1} and {1.0}) stay different keys.
defmodule B do
  def v(x), do: x

  def build(k1, k2, k3), do: %{k1 => 1, k2 => 2, k3 => 3}
end

IO.inspect(B.build(:a, :b, :c))
IO.inspect(B.build(:c, :b, :a))
IO.inspect(B.build(:a, :a, :a))
IO.inspect(B.build(:b, :a, :b))
IO.inspect(B.build(1, 1.0, 1))
IO.inspect(B.build(1.0, 1, 1.0))
IO.inspect(B.build({1}, {1.0}, {1}))
IO.inspect(B.build("b", "a", "b"))
IO.inspect(B.build(2, 1, 0))
IO.inspect(B.build(nil, [], false))
IO.inspect(Map.new([{:b, 1}, {:a, 2}, {:b, 3}, {:c, 4}, {:a, 5}]))
IO.inspect(Map.new([{1, :a}, {1.0, :b}, {1, :c}, {2.0, :d}, {2, :e}]))
IO.inspect(:maps.from_list([{:z, 1}, {:y, 2}, {:x, 3}, {:y, 4}, {:z, 5}]))
IO.inspect(:maps.from_list([]))
IO.inspect(Map.new(Enum.map(10..1, &{&1, &1})))
IO.inspect(Map.new(Enum.map(1..10, &{rem(&1, 4), &1})))
IO.inspect(Map.new(for i <- 32..1, do: {String.to_atom("a" <> Integer.to_string(i)), i}))
keys = for i <- 40..1, do: {i, i}
IO.inspect(Map.new(keys ++ [{1, :last}, {1.0, :float}]) |> map_size())
IO.inspect(Map.new(keys ++ [{1, :last}, {1.0, :float}]) |> Map.get(1))
