# Hand-written list functions: map, filter, reverse, sum, foldl, zip
defmodule L do
  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]

  def filter([], _f), do: []
  def filter([h | t], f) do
    if f.(h), do: [h | filter(t, f)], else: filter(t, f)
  end

  def reverse(l), do: reverse(l, [])
  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])

  def foldl([], acc, _f), do: acc
  def foldl([h | t], acc, f), do: foldl(t, f.(h, acc), f)

  def sum(l), do: foldl(l, 0, fn x, acc -> x + acc end)

  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]
  def zip(_, _), do: []

  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
end

nums = L.seq(1, 10)
IO.inspect(nums)
IO.inspect(L.map(nums, fn x -> x * x end))
IO.inspect(L.filter(nums, fn x -> rem(x, 2) == 0 end))
IO.inspect(L.reverse(nums))
IO.inspect(L.sum(nums))
IO.inspect(L.zip([7, 8, 9], ["x", :y]))
IO.inspect(L.foldl([1, 2, 3], [], fn x, acc -> [x | acc] end))
IO.inspect(L.seq(5, 1))
