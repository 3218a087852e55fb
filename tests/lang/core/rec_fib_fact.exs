# Fibonacci (naive and iterative) and factorial
defmodule Fib do
  def naive(0), do: 0
  def naive(1), do: 1
  def naive(n), do: naive(n - 1) + naive(n - 2)

  def fast(n), do: fast(n, 0, 1)
  defp fast(0, a, _b), do: a
  defp fast(n, a, b), do: fast(n - 1, b, a + b)
end

defmodule Fact do
  def of(0), do: 1
  def of(n) when n > 0, do: n * of(n - 1)
end

IO.puts(Fib.naive(20))
IO.puts(Fib.fast(20))
IO.puts(Fib.fast(80))
IO.puts(Fact.of(10))
IO.puts(Fact.of(19))
IO.inspect({Fib.naive(10), Fact.of(5)})
