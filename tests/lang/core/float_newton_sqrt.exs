# Newton's method square root with floats
defmodule Newton do
  @eps 1.0e-12

  def sqrt(x), do: iter(x, x / 2.0, 0)

  defp iter(x, guess, steps) do
    nxt = (guess + x / guess) / 2.0
    if abs(nxt - guess) < @eps do
      {nxt, steps}
    else
      iter(x, nxt, steps + 1)
    end
  end
end

IO.inspect(Newton.sqrt(2))
IO.inspect(Newton.sqrt(9))
IO.inspect(Newton.sqrt(10.0))
IO.inspect(Newton.sqrt(1.0e6))
{r, _} = Newton.sqrt(0.25)
IO.puts(r)
