# gcstress: skip (a 100,000-element list printed with limit: :infinity)
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

IO.puts(byte_size(inspect(H.seq(1, 100000), limit: :infinity)))
IO.puts(byte_size(inspect(H.seq(1, 100000), limit: :infinity, pretty: true)))
