# Primes by trial division
defmodule Primes do
  def prime?(n) when n < 2, do: false
  def prime?(2), do: true
  def prime?(n) when rem(n, 2) == 0, do: false
  def prime?(n), do: check(n, 3)

  defp check(n, d) when d * d > n, do: true
  defp check(n, d) when rem(n, d) == 0, do: false
  defp check(n, d), do: check(n, d + 2)

  def upto(n), do: collect(n, [])
  defp collect(1, acc), do: acc
  defp collect(n, acc) do
    if prime?(n), do: collect(n - 1, [n | acc]), else: collect(n - 1, acc)
  end

  def count(n), do: count(2, n, 0)
  defp count(i, n, acc) when i > n, do: acc
  defp count(i, n, acc), do: count(i + 1, n, if(prime?(i), do: acc + 1, else: acc))

  def factors(n), do: factors(n, 2)
  defp factors(1, _), do: []
  defp factors(n, d) when d * d > n, do: [n]
  defp factors(n, d) when rem(n, d) == 0, do: [d | factors(div(n, d), d)]
  defp factors(n, d), do: factors(n, d + 1)
end

IO.inspect(Primes.upto(50))
IO.puts(Primes.count(10000))
IO.inspect(Primes.prime?(1_000_003))
IO.inspect(Primes.factors(360))
IO.inspect(Primes.factors(9_999_991))
IO.inspect(Primes.factors(600851475143))
