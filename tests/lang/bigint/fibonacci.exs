# fibonacci 300 via iteration
defmodule Fib do
  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _b), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)
end

for n <- [0, 1, 2, 10, 50, 90, 91, 92, 93, 94, 100, 200, 300] do
  IO.puts("fib(#{n}) = #{Fib.fib(n)}")
end

IO.puts(Fib.fib(300) - Fib.fib(299) == Fib.fib(298))
