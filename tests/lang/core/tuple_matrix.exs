# 2x2 matrices as tuples: multiply and fast exponentiation (Fibonacci)
defmodule Mat do
  def mul({a, b, c, d}, {e, f, g, h}) do
    {a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h}
  end

  def pow(_m, 0), do: {1, 0, 0, 1}
  def pow(m, n) when rem(n, 2) == 0 do
    half = pow(m, div(n, 2))
    mul(half, half)
  end
  def pow(m, n), do: mul(m, pow(m, n - 1))

  def fib(n), do: elem(pow({1, 1, 1, 0}, n), 1)
end

IO.inspect(Mat.mul({1, 2, 3, 4}, {5, 6, 7, 8}))
IO.inspect(Mat.pow({1, 1, 1, 0}, 10))
IO.puts(Mat.fib(50))
IO.puts(Mat.fib(85))
IO.inspect(Mat.mul({0.5, 0, 0, 0.5}, {2, 4, 6, 8}))
