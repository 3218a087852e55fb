# Guards combining conditions with and/or/not and guard BIFs
defmodule Shape do
  def describe(t) when is_tuple(t) and tuple_size(t) == 2 and elem(t, 0) == :circle,
    do: "circle r=#{elem(t, 1)}"

  def describe({:rect, w, h}) when w == h and w > 0, do: "square #{w}"
  def describe({:rect, w, h}) when w > 0 and h > 0, do: "rect #{w}x#{h}"
  def describe(l) when is_list(l) and length(l) > 2, do: "long list"
  def describe(l) when is_list(l) and l != [] and hd(l) == 0, do: "starts with zero"
  def describe(l) when is_list(l), do: "short list"
  def describe(x) when not is_number(x) or x < 0, do: "other"
  def describe(x) when x >= 100 or x === 0, do: "big or zero"
  def describe(_), do: "small number"
end

IO.puts(Shape.describe({:circle, 3}))
IO.puts(Shape.describe({:rect, 4, 4}))
IO.puts(Shape.describe({:rect, 4, 5}))
IO.puts(Shape.describe({:rect, 0, 5}))
IO.puts(Shape.describe([1, 2, 3]))
IO.puts(Shape.describe([0, 9]))
IO.puts(Shape.describe([5]))
IO.puts(Shape.describe([]))
IO.puts(Shape.describe(-3))
IO.puts(Shape.describe(250))
IO.puts(Shape.describe(0))
IO.puts(Shape.describe(0.0))
IO.puts(Shape.describe(42))
