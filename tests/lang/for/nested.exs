# nested comprehensions and comprehensions in functions
defmodule Grid do
  def make(n), do: for(r <- 1..n, do: for(c <- 1..n, do: r * c))

  def transpose(rows), do: for(i <- 0..(length(hd(rows)) - 1), do: for(r <- rows, do: Enum.at(r, i)))

  def perms([]), do: [[]]
  def perms(l), do: for(h <- l, t <- perms(l -- [h]), do: [h | t])
end

g = Grid.make(3)
IO.inspect(g)
IO.inspect(Grid.transpose([[1, 2, 3], [4, 5, 6]]))
IO.inspect(Grid.perms([1, 2, 3]))
IO.inspect(length(Grid.perms([1, 2, 3, 4, 5])))
IO.inspect(for row <- g, x <- row, x > 4, do: x)
IO.inspect(for x <- 1..3, do: (for y <- 1..x, do: y))
