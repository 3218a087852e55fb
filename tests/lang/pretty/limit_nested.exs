defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def rep(_x, 0), do: []
  def rep(x, n), do: [x | rep(x, n - 1)]
  def strs(0), do: []
  def strs(n), do: ["item number " <> Integer.to_string(n) | strs(n - 1)]
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

IO.puts(inspect([[1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]], limit: 5))
IO.puts(inspect(%{a: [1, 2, 3, 4, 5, 6], b: [1, 2, 3, 4, 5, 6]}, limit: 4))
IO.puts(inspect({[1, 2, 3], {4, 5, 6}, [7, 8, 9]}, limit: 2))
IO.puts(inspect([<<1, 2, 3, 4, 5>>, <<1, 2, 3, 4, 5>>], limit: 3))
