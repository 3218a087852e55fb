# case with guards and pinned variables
defmodule Check do
  def against(expected, value) do
    case value do
      ^expected -> "exact match"
      {^expected, other} -> "tagged with expected, other=#{other}"
      n when is_integer(n) and n > expected -> "bigger int"
      n when is_integer(n) -> "smaller int"
      f when is_float(f) -> "float #{f}"
      _ -> "no match"
    end
  end
end

IO.puts(Check.against(5, 5))
IO.puts(Check.against(5, {5, :x}))
IO.puts(Check.against(5, {6, :x}))
IO.puts(Check.against(5, 9))
IO.puts(Check.against(5, 2))
IO.puts(Check.against(5, 5.0))
IO.puts(Check.against(5, "5"))

x = 1
result =
  case {1, 2} do
    {^x, y} -> y + 100
    _ -> 0
  end
IO.puts(result)

y = 10
case 3 do
  y when y > 2 -> IO.puts("shadowed y=#{y}")
end
IO.puts("outer y=#{y}")
