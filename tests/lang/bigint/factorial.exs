# factorial of 100 and friends
defmodule Fact do
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)

  def fact_iter(n), do: Enum.reduce(1..n, 1, fn x, acc -> x * acc end)
end

IO.puts(Fact.fact(20))
IO.puts(Fact.fact(21))
IO.puts(Fact.fact(100))
IO.puts(Fact.fact_iter(100) == Fact.fact(100))
f = Fact.fact(100)
IO.puts(String.length(Integer.to_string(f)))
IO.puts(div(Fact.fact(100), Fact.fact(98)))
IO.puts(rem(Fact.fact(100), 101))
IO.puts(Fact.fact(200))
