# expect-exit: 1
# expect-stderr: ** (FunctionClauseError) no function clause matching in Shape.area/1
# expect-stderr: tests/vm/errors/function_clause.exs:5: Shape.area({:hexagon, 3})
defmodule Shape do
  def area({:square, s}), do: s * s
  def area({:circle, r}), do: 3.14 * r * r
end
IO.puts(Shape.area({:square, 2}))
IO.puts(Shape.area({:hexagon, 3}))
