# div and rem with positive and negative operands (truncating semantics)
defmodule DivRem do
  def show(a, b) do
    IO.puts("div(#{a}, #{b}) = #{div(a, b)}, rem(#{a}, #{b}) = #{rem(a, b)}")
  end
end

DivRem.show(17, 5)
DivRem.show(-17, 5)
DivRem.show(17, -5)
DivRem.show(-17, -5)
DivRem.show(0, 3)
DivRem.show(4, 4)
DivRem.show(3, 7)
DivRem.show(-3, 7)
DivRem.show(1_000_000_007, 97)
IO.inspect({div(7, 2), rem(7, 2), div(-7, 2), rem(-7, 2)})
IO.inspect(div(100, 3) * 3 + rem(100, 3))
