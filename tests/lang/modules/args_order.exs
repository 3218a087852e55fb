# Argument evaluation order and values that must survive calls
defmodule Order do
  def trace(tag, v) do
    IO.puts("eval #{tag}")
    v
  end

  def sum3(a, b, c), do: a + b + c
  def swap(a, b), do: {b, a}
  def rotate(a, b, c), do: rotate2(b, c, a)
  defp rotate2(a, b, c), do: [a, b, c]
end

IO.puts(Order.sum3(Order.trace(:a, 1), Order.trace(:b, 2), Order.trace(:c, 3)))
IO.inspect(Order.swap(Order.trace(:x, :first), :second))
IO.inspect(Order.rotate(1, 2, 3))
x = 10
y = 20
IO.inspect({x + Order.trace(:t1, 1), y + Order.trace(:t2, 2), [x, y]})
IO.inspect([Order.trace(:h, 1) | [Order.trace(:t, 2)]])
f = fn a, b -> {a, b} end
IO.inspect(f.(Order.trace(:fa, 1), Order.trace(:fb, 2)))
mod = Order
IO.inspect(mod.swap(Order.trace(:m1, 1), Order.trace(:m2, 2)))
IO.puts("#{Order.trace(:i1, "a")}-#{Order.trace(:i2, "b")}")
