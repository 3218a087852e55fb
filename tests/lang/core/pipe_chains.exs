# The pipe operator with local, remote and anonymous functions
defmodule P do
  def inc(x), do: x + 1
  def mul(x, n), do: x * n
  def wrap(x, tag), do: {tag, x}
  def range(a, b) when a > b, do: []
  def range(a, b), do: [a | range(a + 1, b)]
  def map([], _), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
  def append(a, b), do: a ++ b
end

IO.puts(1 |> P.inc() |> P.mul(10) |> P.inc())
IO.inspect(5 |> P.wrap(:val))
IO.inspect(P.range(1, 5) |> P.map(&(&1 * &1)) |> P.sum())
sq = fn x -> x * x end
IO.puts(3 |> sq.() |> P.inc())
"abc" |> IO.puts()
[1, 2] |> P.append([3]) |> IO.inspect()
{:a, :b} |> tuple_size() |> IO.inspect()
-5 |> abs() |> IO.puts()
