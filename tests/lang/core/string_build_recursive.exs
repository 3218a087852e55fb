# Building strings by recursion
defmodule Build do
  def repeat(_s, 0), do: ""
  def repeat(s, n), do: s <> repeat(s, n - 1)

  def join([], _sep), do: ""
  def join([x], _sep), do: "#{x}"
  def join([x | rest], sep), do: "#{x}" <> sep <> join(rest, sep)

  def triangle(n), do: triangle(1, n)
  defp triangle(i, n) when i > n, do: :ok
  defp triangle(i, n) do
    IO.puts(repeat(" ", n - i) <> repeat("*", 2 * i - 1))
    triangle(i + 1, n)
  end

  def digits(n) when n < 10, do: "#{n}"
  def digits(n), do: digits(div(n, 10)) <> "," <> "#{rem(n, 10)}"
end

IO.puts(Build.repeat("ab", 3))
IO.inspect(Build.repeat("x", 0))
IO.puts(Build.join([1, 2, 3], ", "))
IO.puts(Build.join([:a, "b", 1.5], "-"))
IO.inspect(Build.join([], "+"))
Build.triangle(4)
IO.puts(Build.digits(90210))
