# Enum.map / filter / reject / reduce / reduce_while over lists
l = [1, 2, 3, 4, 5, 6]
IO.inspect(Enum.map(l, fn x -> x * x end))
IO.inspect(Enum.map(l, &(&1 + 1)))
IO.inspect(Enum.filter(l, fn x -> rem(x, 2) == 0 end))
IO.inspect(Enum.reject(l, fn x -> rem(x, 2) == 0 end))
IO.inspect(Enum.reduce(l, fn x, acc -> x + acc end))
IO.inspect(Enum.reduce(l, 100, fn x, acc -> acc - x end))
IO.inspect(Enum.reduce(l, [], fn x, acc -> [x | acc] end))
IO.inspect(Enum.reduce_while(l, 0, fn x, acc ->
  if acc + x > 10, do: {:halt, acc}, else: {:cont, acc + x}
end))
IO.inspect(Enum.reduce_while(l, 0, fn x, acc -> {:cont, acc + x} end))
IO.inspect(Enum.map([], fn x -> x end))
IO.inspect(Enum.map_reduce(l, 0, fn x, acc -> {x * 2, acc + x} end))
IO.inspect(Enum.filter(l, &(&1 > 4)) |> Enum.map(&Integer.to_string/1))
