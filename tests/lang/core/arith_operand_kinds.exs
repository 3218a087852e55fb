# + and - on every kind of operand pair the loader gives its own handler
# (two x registers, x and y, y and x, two y registers, a register and a
# constant), at the edges of the small-integer range, with bignums,
# floats, and a bad argument.
defmodule Arith do
  @max_small 576_460_752_303_423_487
  def edges, do: [0, 1, -1, @max_small, -@max_small - 1, @max_small + 1, 2.5, -7]

  # intermediate results are in x registers
  def add_xx(a, b), do: a * 1 + b * 1
  def sub_xx(a, b), do: a * 1 - b * 1

  # values kept across a call end up in y registers
  def add_yy(a, b) do
    _ = id(0)
    a + b
  end

  def sub_yy(a, b) do
    _ = id(0)
    a - b
  end

  def add_yx(a, b), do: a + id(b)
  def sub_yx(a, b), do: a - id(b)
  def add_xy(a, b), do: id(a) + b
  def sub_xy(a, b), do: id(a) - b

  def add_c(a), do: a + 1
  def sub_c(a), do: a - 1

  def add_cy(a) do
    _ = id(0)
    a + 1
  end

  def sub_cy(a) do
    _ = id(0)
    a - 1
  end

  def id(x), do: x
end

for a <- Arith.edges(), b <- Arith.edges() do
  r = [
    Arith.add_xx(a, b), Arith.sub_xx(a, b), Arith.add_yy(a, b), Arith.sub_yy(a, b),
    Arith.add_yx(a, b), Arith.sub_yx(a, b), Arith.add_xy(a, b), Arith.sub_xy(a, b)
  ]
  IO.inspect({a, b, r})
end

for a <- Arith.edges() do
  IO.inspect({a, Arith.add_c(a), Arith.sub_c(a), Arith.add_cy(a), Arith.sub_cy(a)})
end

for f <- [&Arith.add_xx/2, &Arith.sub_yy/2, &Arith.add_yx/2, &Arith.sub_xy/2] do
  try do
    f.(:a, 1)
  rescue
    e -> IO.inspect(e)
  end
end

try do
  Arith.add_c(:atom)
rescue
  e -> IO.inspect(e)
end
