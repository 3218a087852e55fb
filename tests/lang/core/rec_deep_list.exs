# Deep non-tail recursion: build and consume a 100,000-element list
# gcstress: skip (a 100,000-element live list makes every-allocation collection quadratic)
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]

  def len([]), do: 0
  def len([_ | t]), do: 1 + len(t)

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def map_inc([]), do: []
  def map_inc([h | t]), do: [h + 1 | map_inc(t)]

  def last([x]), do: x
  def last([_ | t]), do: last(t)
end

l = Deep.build(100_000)
IO.puts(Deep.len(l))
IO.puts(Deep.sum(l))
IO.puts(hd(l))
IO.puts(Deep.last(l))
m = Deep.map_inc(l)
IO.puts(Deep.sum(m))
IO.puts(length(l ++ m))
