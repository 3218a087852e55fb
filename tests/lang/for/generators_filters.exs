# several generators and filters
IO.inspect(for x <- [1, 2, 3], do: x * 2)
IO.inspect(for x <- [1, 2], y <- [:a, :b], do: {x, y})
IO.inspect(for x <- 1..4, y <- 1..4, x < y, do: {x, y})
IO.inspect(for x <- 1..20, rem(x, 3) == 0, rem(x, 2) == 0, do: x)
IO.inspect(for x <- 1..3, y <- x..3, do: x * y)
IO.inspect(for x <- [], do: x)
IO.inspect(for a <- 1..12, b <- a..12, c <- b..12, a * a + b * b == c * c, do: {a, b, c})
IO.inspect(for x <- [1, 2, 3], y = x * 10, y > 10, do: y)
