# cond picks the first truthy clause
defmodule Grade do
  def of(score) do
    cond do
      score >= 90 -> "A"
      score >= 80 -> "B"
      score >= 70 -> "C"
      score >= 60 -> "D"
      true -> "F"
    end
  end

  def truthy(v) do
    cond do
      v -> "truthy"
      true -> "falsy"
    end
  end
end

IO.puts(Grade.of(95))
IO.puts(Grade.of(85))
IO.puts(Grade.of(70))
IO.puts(Grade.of(60.5))
IO.puts(Grade.of(12))
IO.puts(Grade.truthy(0))
IO.puts(Grade.truthy(""))
IO.puts(Grade.truthy(nil))
IO.puts(Grade.truthy(false))
IO.puts(Grade.truthy([]))
x = 7
kind =
  cond do
    rem(x, 2) == 0 -> :even
    x > 5 -> :odd_big
    true -> :odd_small
  end
IO.inspect(kind)
