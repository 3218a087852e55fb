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

IO.inspect([{1, 2}, {3, 4}])
IO.inspect([{:ok, 1}, {:error, "reason"}, {:ok, 2}, {:ok, 3}, {:error, "another reason"}, {:ok, 4}, {:ok, 5}])
IO.inspect([{"key one", 1, :a}, {"key two", 2, :b}, {"key three", 3, :c}, {"key four", 4, :d}])
