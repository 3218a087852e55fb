# Hand-written max/min over mixed terms
defmodule MaxMin do
  def max_of([h | t]), do: max_of(t, h)
  defp max_of([], acc), do: acc
  defp max_of([h | t], acc) when h > acc, do: max_of(t, h)
  defp max_of([_ | t], acc), do: max_of(t, acc)

  def min_of([h | t]), do: min_of(t, h)
  defp min_of([], acc), do: acc
  defp min_of([h | t], acc) when h < acc, do: min_of(t, h)
  defp min_of([_ | t], acc), do: min_of(t, acc)
end

IO.inspect(MaxMin.max_of([3, 9, 2, 7]))
IO.inspect(MaxMin.min_of([3, 9, 2, 7]))
IO.inspect(MaxMin.max_of([1, 2.5, 2]))
IO.inspect(MaxMin.min_of([1.0, 1]))
IO.inspect(MaxMin.max_of([1, :atom, {1}, [2], "s"]))
IO.inspect(MaxMin.min_of([:b, :a, 100, {0}]))
