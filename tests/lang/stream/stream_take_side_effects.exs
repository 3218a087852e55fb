# Stream.take stops pulling from upstream once satisfied
src =
  Stream.iterate(1, fn x ->
    IO.puts("produce #{x + 1}")
    x + 1
  end)

res =
  src
  |> Stream.map(fn x ->
    IO.puts("square #{x}")
    x * x
  end)
  |> Stream.take(3)
  |> Enum.to_list()

IO.inspect(res)

Stream.unfold(1, fn n ->
  IO.puts("unfold #{n}")
  {n, n + 1}
end)
|> Stream.take(2)
|> Enum.to_list()
|> IO.inspect()
