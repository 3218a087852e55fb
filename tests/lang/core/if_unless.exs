# if/unless with else, one-line forms, and nil results
defmodule Sign do
  def of(n) do
    if n < 0 do
      :negative
    else
      if n == 0 do
        :zero
      else
        :positive
      end
    end
  end
end

IO.inspect(Sign.of(-3))
IO.inspect(Sign.of(0))
IO.inspect(Sign.of(8))
IO.inspect(if true, do: 1, else: 2)
IO.inspect(if nil, do: 1, else: 2)
IO.inspect(if false, do: :never)
IO.inspect(unless false, do: :ran)
IO.inspect(unless true, do: :never)
IO.inspect(unless 1 > 2, do: "small", else: "big")
x = 5
msg =
  unless x > 10 do
    "x is at most 10"
  else
    "x is large"
  end
IO.puts(msg)
IO.puts(if "", do: "empty string is truthy", else: "falsy")
IO.puts(if 0, do: "zero is truthy")
y = if x > 3, do: x * 2, else: x
IO.puts(y)
