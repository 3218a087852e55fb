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

IO.inspect(%{evens: [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], odds: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19], primes: [2, 3, 5, 7, 11, 13]})
