# Flatten, deep reverse, and count leaves of nested lists
defmodule Nested do
  def flatten([]), do: []
  def flatten([h | t]) when is_list(h), do: flatten(h) ++ flatten(t)
  def flatten([h | t]), do: [h | flatten(t)]

  def deep_reverse(l), do: deep_reverse(l, [])
  defp deep_reverse([], acc), do: acc
  defp deep_reverse([h | t], acc) when is_list(h), do: deep_reverse(t, [deep_reverse(h) | acc])
  defp deep_reverse([h | t], acc), do: deep_reverse(t, [h | acc])

  def depth(l) when is_list(l), do: 1 + max_depth(l, 0)
  def depth(_), do: 0
  defp max_depth([], m), do: m
  defp max_depth([h | t], m) do
    d = depth(h)
    max_depth(t, if(d > m, do: d, else: m))
  end
end

data = [1, [2, [3, [4]], 5], [], [[6]]]
IO.inspect(Nested.flatten(data))
IO.inspect(Nested.deep_reverse(data))
IO.inspect(Nested.depth(data))
IO.inspect(Nested.depth([]))
IO.inspect(Nested.flatten([[], [[]], [[[]]]]))
IO.inspect(Nested.flatten([[104], [105]]))
