# Comparisons of a register with a constant, which the loader gives
# handlers of their own: exact (in)equality with immediates, ordering
# against small integers, for values of every type on either side.
defmodule Cmp do
  def values, do: [0, 1, 1.0, -1, 2, 2.5, 576_460_752_303_423_488, -576_460_752_303_423_489, :a, nil, [], {}, "s", [1]]

  def x(v) do
    {v === 1, v !== 1, v === :a, v !== nil, v === [], v < 2, v >= 2, v < -1, v >= 0}
  end

  # the same with the value in a y register
  def y(v) do
    _ = id(v)
    {v === 1, v !== 1, v === :a, v !== nil, v === [], v < 2, v >= 2, v < -1, v >= 0}
  end

  def guard(v) when v < 2, do: :lt2
  def guard(v) when v >= 100, do: :ge100
  def guard(v) when v === 1.0, do: :float_one
  def guard(_), do: :other

  def id(v), do: v
end

for v <- Cmp.values() do
  IO.inspect({v, Cmp.x(v), Cmp.y(v) == Cmp.x(v), Cmp.guard(v)})
end
