# uniq: option and variable scoping in comprehensions
IO.inspect(for x <- [1, 2, 1, 3, 2], uniq: true, do: x)
IO.inspect(for x <- [1, 2, 3, 4], uniq: true, do: rem(x, 2))
x = :outer
IO.inspect(for x <- [1, 2], do: x)
IO.inspect(x)
y = 1000
IO.inspect(for z <- [1, 2], do: z + y)
