# Quicksort and merge sort on lists written by hand
defmodule Sort do
  def quick([]), do: []
  def quick([p | rest]) do
    quick(smaller(rest, p)) ++ [p] ++ quick(larger(rest, p))
  end

  defp smaller([], _), do: []
  defp smaller([h | t], p) when h < p, do: [h | smaller(t, p)]
  defp smaller([_ | t], p), do: smaller(t, p)

  defp larger([], _), do: []
  defp larger([h | t], p) when h >= p, do: [h | larger(t, p)]
  defp larger([_ | t], p), do: larger(t, p)

  def merge_sort([]), do: []
  def merge_sort([x]), do: [x]
  def merge_sort(l) do
    {a, b} = split(l, [], [])
    merge(merge_sort(a), merge_sort(b))
  end

  defp split([], a, b), do: {a, b}
  defp split([x | t], a, b), do: split(t, b, [x | a])

  defp merge([], b), do: b
  defp merge(a, []), do: a
  defp merge([x | xs], [y | _] = ys) when x <= y, do: [x | merge(xs, ys)]
  defp merge(xs, [y | ys]), do: [y | merge(xs, ys)]
end

data = [33, 4, 15, 8, 42, 16, 23, 4, -7, 0]
IO.inspect(Sort.quick(data))
IO.inspect(Sort.merge_sort(data))
IO.inspect(Sort.quick([]))
IO.inspect(Sort.quick([:b, :c, :a]))
IO.inspect(Sort.merge_sort([3.5, 1, 2.25, 2]))
IO.inspect(Sort.quick(["pear", "apple", "fig"]))
