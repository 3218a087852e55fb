# Recursion through anonymous functions by passing the function to itself
fact = fn
  _self, 0 -> 1
  self, n -> n * self.(self, n - 1)
end
IO.puts(fact.(fact, 10))

fib = fn self, n ->
  if n < 2, do: n, else: self.(self, n - 1) + self.(self, n - 2)
end
IO.puts(fib.(fib, 15))

count_down = fn
  _self, 0, acc -> acc
  self, n, acc -> self.(self, n - 1, [n | acc])
end
IO.inspect(count_down.(count_down, 5, []))

sum_loop = fn
  _self, 0, acc -> acc
  self, n, acc -> self.(self, n - 1, acc + n)
end
IO.puts(sum_loop.(sum_loop, 1_000_000, 0))
