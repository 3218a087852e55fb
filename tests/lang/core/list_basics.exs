# List construction, head/tail, ++, length
l = [1, 2, 3]
IO.inspect(l)
IO.inspect(hd(l))
IO.inspect(tl(l))
IO.inspect(length(l))
IO.inspect([0 | l])
IO.inspect(l ++ [4, 5])
IO.inspect([] ++ [])
IO.inspect([[1], [2, [3]]])
IO.inspect([1 | [2 | [3 | []]]])
IO.inspect([:a, "b", 3.0, {4}])
IO.inspect(tl([1]))
IO.inspect(length([]))
[h | t] = [:x, :y, :z]
IO.inspect(h)
IO.inspect(t)
[a, b | rest] = [1, 2, 3, 4]
IO.inspect({a, b, rest})
IO.inspect([1, 2] ++ [3] ++ [4, 5, 6])
IO.inspect([1, 2 | [3]])
IO.inspect([1 | 2])
IO.inspect([1, 2 | 3])
