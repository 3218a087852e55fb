# Stream.iterate infinite streams
IO.inspect(Stream.iterate(1, fn x -> x * 2 end) |> Enum.take(10))
IO.inspect(Stream.iterate(0, fn x -> x + 3 end) |> Stream.filter(fn x -> rem(x, 2) == 0 end) |> Enum.take(5))
IO.inspect(Stream.iterate("a", fn s -> s <> "a" end) |> Enum.at(4))
IO.inspect(Stream.iterate({0, 1}, fn {a, b} -> {b, a + b} end) |> Stream.map(fn {a, _} -> a end) |> Enum.take(15))
IO.inspect(Stream.iterate(1, fn x -> x + 1 end) |> Enum.find(fn x -> x * x > 200 end))
IO.inspect(Stream.iterate(10, fn x -> x - 1 end) |> Enum.take_while(fn x -> x > 5 end))
IO.inspect(Stream.iterate(1, fn x -> x * 3 end) |> Enum.take(0))
