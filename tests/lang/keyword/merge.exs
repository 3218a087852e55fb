# Keyword.merge / ++ / update / take / drop
a = [x: 1, y: 2]
b = [y: 20, z: 30]
IO.inspect(Keyword.merge(a, b))
IO.inspect(Keyword.merge(b, a))
IO.inspect(Keyword.merge(a, b, fn _k, v1, v2 -> v1 + v2 end))
IO.inspect([a: 1] ++ [b: 2])
IO.inspect(a ++ b)
IO.inspect(Keyword.update(a, :x, 0, fn v -> v + 100 end))
IO.inspect(Keyword.update(a, :w, 0, fn v -> v + 100 end))
IO.inspect(Keyword.update!(a, :y, fn v -> v * 2 end))
IO.inspect(Keyword.take(a ++ b, [:x, :z]))
IO.inspect(Keyword.drop(a ++ b, [:y]))
IO.inspect(Keyword.split(a ++ b, [:x, :z]))
IO.inspect(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]))
IO.inspect(Keyword.to_list(a))
IO.inspect(Keyword.keyword?(a))
IO.inspect(Keyword.keyword?([{"a", 1}]))
IO.inspect(Keyword.keyword?([]))
