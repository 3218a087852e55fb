# Collatz sequence lengths and the longest chain below a bound
defmodule Collatz do
  def steps(1), do: 0
  def steps(n) when rem(n, 2) == 0, do: 1 + steps(div(n, 2))
  def steps(n), do: 1 + steps(3 * n + 1)

  def seq(1), do: [1]
  def seq(n) when rem(n, 2) == 0, do: [n | seq(div(n, 2))]
  def seq(n), do: [n | seq(3 * n + 1)]

  def longest(limit), do: longest(1, limit, {1, 0})
  defp longest(n, limit, best) when n > limit, do: best
  defp longest(n, limit, {_, best_steps} = best) do
    s = steps(n)
    if s > best_steps, do: longest(n + 1, limit, {n, s}), else: longest(n + 1, limit, best)
  end
end

IO.inspect(Collatz.seq(6))
IO.puts(Collatz.steps(27))
IO.inspect(Collatz.longest(10000))
