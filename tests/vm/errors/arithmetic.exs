# expect-exit: 1
# expect-stderr: ** (ArithmeticError) bad argument in arithmetic expression
defmodule Calc do
  def divide(a, b), do: div(a, b)
end
IO.puts(Calc.divide(10, 0))
