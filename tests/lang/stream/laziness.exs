# side effects show element-by-element laziness and early halt
s =
  [1, 2, 3, 4, 5]
  |> Stream.map(fn x ->
    IO.puts("map #{x}")
    x * 10
  end)
  |> Stream.filter(fn x ->
    IO.puts("filter #{x}")
    x > 15
  end)

IO.puts("nothing evaluated yet")
IO.inspect(Enum.take(s, 2))
IO.puts("---")
IO.inspect(Enum.find(s, fn x -> x == 30 end))
IO.puts("--- eager for comparison")

[1, 2, 3]
|> Enum.map(fn x ->
  IO.puts("eager map #{x}")
  x
end)
|> Enum.take(1)
|> IO.inspect()
