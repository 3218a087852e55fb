# Ackermann function (small arguments) and mutual recursion
defmodule Ack do
  def a(0, n), do: n + 1
  def a(m, 0) when m > 0, do: a(m - 1, 1)
  def a(m, n), do: a(m - 1, a(m, n - 1))
end

defmodule Parity do
  def even?(0), do: true
  def even?(n), do: odd?(n - 1)
  def odd?(0), do: false
  def odd?(n), do: even?(n - 1)
end

IO.puts(Ack.a(0, 0))
IO.puts(Ack.a(1, 2))
IO.puts(Ack.a(2, 3))
IO.puts(Ack.a(3, 3))
IO.puts(Ack.a(3, 5))
IO.inspect(Parity.even?(10))
IO.inspect(Parity.odd?(7))
IO.inspect(Parity.even?(100_001))
