# realistic pipelines combining several Enum functions
text = "the quick brown fox jumps over the lazy dog the end"

text
|> String.split()
|> Enum.frequencies()
|> Enum.sort_by(fn {w, c} -> {-c, w} end)
|> Enum.take(3)
|> IO.inspect()

1..20
|> Enum.filter(fn x -> rem(x, 2) == 1 end)
|> Enum.map(fn x -> x * x end)
|> Enum.chunk_every(3)
|> Enum.map(&Enum.sum/1)
|> IO.inspect()

[{"ann", 31}, {"bob", 25}, {"cat", 31}, {"dan", 19}]
|> Enum.group_by(fn {_, age} -> age end, fn {name, _} -> name end)
|> Enum.sort()
|> IO.inspect()

primes =
  Enum.filter(2..50, fn n -> Enum.all?(2..max(2, trunc(:math.sqrt(n))), fn d -> d == n or rem(n, d) != 0 end) end)

IO.inspect(primes)
IO.inspect(Enum.zip(primes, tl(primes)) |> Enum.map(fn {a, b} -> b - a end) |> Enum.max())
