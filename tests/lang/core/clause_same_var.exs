# Repeated variables in heads force equality; literal and list clauses
defmodule Same do
  def eq(x, x), do: true
  def eq(_, _), do: false

  def pair_same({a, a}), do: :same
  def pair_same({_, _}), do: :different

  def count_dupes([]), do: 0
  def count_dupes([x, x | rest]), do: 1 + count_dupes([x | rest])
  def count_dupes([_ | rest]), do: count_dupes(rest)
end

IO.inspect(Same.eq(1, 1))
IO.inspect(Same.eq(1, 1.0))
IO.inspect(Same.eq(:a, :a))
IO.inspect(Same.eq("x", "x"))
IO.inspect(Same.eq([1, {2}], [1, {2}]))
IO.inspect(Same.pair_same({3, 3}))
IO.inspect(Same.pair_same({3, 4}))
IO.inspect(Same.count_dupes([1, 1, 2, 3, 3, 3, 4]))
