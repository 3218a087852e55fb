# Multiple function clauses with pattern matching on arguments
defmodule Area do
  def of({:square, s}), do: s * s
  def of({:rect, w, h}), do: w * h
  def of({:circle, r}), do: 3.0 * r * r
  def of({:triangle, b, h}), do: b * h / 2
  def of(_), do: :unknown

  def total([]), do: 0
  def total([s | rest]) do
    case of(s) do
      :unknown -> total(rest)
      a -> a + total(rest)
    end
  end
end

IO.inspect(Area.of({:square, 4}))
IO.inspect(Area.of({:rect, 2, 5}))
IO.inspect(Area.of({:circle, 1}))
IO.inspect(Area.of({:triangle, 3, 5}))
IO.inspect(Area.of(:hexagon))
IO.inspect(Area.total([{:square, 2}, {:rect, 1, 3}, :blob]))
IO.inspect(Area.total([{:square, 2}, {:circle, 2}]))
