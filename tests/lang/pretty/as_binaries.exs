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

IO.puts(inspect("abc", binaries: :as_binaries))
IO.inspect(["abc", "defgh"], binaries: :as_binaries)
IO.inspect(<<1, 2, 3>>)
IO.puts(inspect("", binaries: :as_binaries))
