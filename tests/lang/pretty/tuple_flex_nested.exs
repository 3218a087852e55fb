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

IO.inspect({:reply, {:ok, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]}, :state})
IO.inspect({:error, %{reason: "something went wrong in a way that needs a long description"}})
