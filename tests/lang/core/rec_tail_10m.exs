# Tail-recursive loop of 10,000,000 iterations with accumulators
defmodule Loop do
  def sum(0, acc), do: acc
  def sum(n, acc), do: sum(n - 1, acc + n)

  def count_odd(0, acc), do: acc
  def count_odd(n, acc) when rem(n, 2) == 1, do: count_odd(n - 1, acc + 1)
  def count_odd(n, acc), do: count_odd(n - 1, acc)
end

IO.puts(Loop.sum(10_000_000, 0))
IO.puts(Loop.count_odd(1_000_000, 0))
