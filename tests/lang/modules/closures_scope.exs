# Closures capture values at creation; rebinding never changes them
counter = 0
inc = fn -> counter + 1 end
counter = 100
IO.puts(inc.())
IO.puts(counter)

adders = for_each = fn list, f -> (fn
  [], _g, acc -> acc
  [h | t], g, acc -> g.(t, g, [f.(h) | acc])
end).(list, fn l, g, acc -> (fn
  [], _, a -> a
  [h | t], gg, a -> gg.(t, gg, [f.(h) | a])
end).(l, g, acc) end, []) end
IO.inspect(adders.([1, 2, 3], fn x -> x * 10 end))
IO.inspect(for_each.([4], fn x -> x end))

x = 1
result = case x do
  1 ->
    x = 2
    x * 10
  _ -> 0
end
IO.puts(result)
IO.puts(x)

make = fn n -> fn m -> fn k -> n * 100 + m * 10 + k end end end
IO.puts(make.(1).(2).(3))
