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

IO.inspect(H.seq(1, 20), width: 20)
IO.inspect([a: 1, b: 2], width: 20)
IO.inspect(%{name: "x", value: 12345}, width: 20)
IO.puts(inspect({:ok, [1, 2, 3, 4, 5, 6, 7, 8]}, pretty: true, width: 20))
