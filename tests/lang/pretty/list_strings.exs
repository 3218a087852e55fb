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

IO.inspect(["a", "b", "c"])
IO.inspect(["item number 10", "item number 9", "item number 8", "item number 7", "item number 6", "item number 5", "item number 4", "item number 3", "item number 2", "item number 1"])
IO.inspect(["item number 3", "item number 2", "item number 1"])
