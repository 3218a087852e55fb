# +, - and * at the edge of the VM's small integers (and the BEAM's),
# where results move into bignums and back.
defmodule Edge do
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
  def mul(a, b), do: a * b
end

edges = [
  576_460_752_303_423_487, 576_460_752_303_423_488, -576_460_752_303_423_488, -576_460_752_303_423_489,
  1_152_921_504_606_846_975, 9_223_372_036_854_775_807, -9_223_372_036_854_775_808,
  1_073_741_824, 3_037_000_499, 3_037_000_500, -1, 0, 1, 2
]

for a <- edges, b <- [1, -1, 2, -2, 1_073_741_824, 576_460_752_303_423_487] do
  IO.puts("#{a} #{b}: #{Edge.add(a, b)} #{Edge.sub(a, b)} #{Edge.mul(a, b)}")
end

big = Edge.mul(3_037_000_500, 3_037_000_500)
IO.inspect({big, Edge.sub(big, big), Edge.add(big, -big), is_integer(Edge.sub(big, 1))})
IO.inspect({Edge.add(1, 2.5), Edge.sub(1.5, 1), Edge.mul(2, 0.5), Edge.mul(-0.0, 1)})

try do
  Edge.add(1, :a)
rescue
  e -> IO.inspect(e)
end
