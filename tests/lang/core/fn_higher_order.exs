# Higher-order helpers written in the program: twice, iterate, until, reduce
defmodule HO do
  def twice(f, x), do: f.(f.(x))

  def iterate(_f, x, 0), do: [x]
  def iterate(f, x, n), do: [x | iterate(f, f.(x), n - 1)]

  def until(pred, f, x) do
    if pred.(x), do: x, else: until(pred, f, f.(x))
  end

  def reduce([], acc, _f), do: acc
  def reduce([h | t], acc, f), do: reduce(t, f.(h, acc), f)

  def any?([], _), do: false
  def any?([h | t], p), do: p.(h) || any?(t, p)
end

IO.puts(HO.twice(fn x -> x * 3 end, 2))
IO.inspect(HO.iterate(fn x -> x * 2 end, 1, 8))
IO.puts(HO.until(fn x -> x > 1000 end, fn x -> x * 3 end, 1))
IO.inspect(HO.reduce([1, 2, 3, 4], 1, fn x, acc -> x * acc end))
IO.inspect(HO.any?([1, 3, 5], fn x -> rem(x, 2) == 0 end))
IO.inspect(HO.any?([1, 4, 5], fn x -> rem(x, 2) == 0 end))
fs = [fn x -> x + 1 end, fn x -> x * 10 end, fn x -> -x end]
IO.inspect(HO.reduce(fs, 5, fn f, acc -> f.(acc) end))
