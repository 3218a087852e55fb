# Non-tail recursion a million deep grows the stack and works.
# expect-stdout: 1000000
# gcstress: skip (a million frames of live stack make every-allocation collection quadratic)
defmodule Deep do
  def count(0), do: 0
  def count(n), do: 1 + count(n - 1)
end
IO.puts(Deep.count(1_000_000))
