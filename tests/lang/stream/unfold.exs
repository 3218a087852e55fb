# Stream.unfold, finite and infinite
countdown = fn
  0 -> nil
  n -> {n, n - 1}
end

IO.inspect(Stream.unfold(5, countdown) |> Enum.to_list())
IO.inspect(Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(12))
bytes = fn
  "" -> nil
  <<c, rest::binary>> -> {<<c>>, rest}
end

IO.inspect(Stream.unfold("hello", bytes) |> Enum.to_list())
IO.inspect(Stream.unfold(1, fn n -> {n, n * 10} end) |> Stream.map(&Integer.to_string/1) |> Enum.take(4))
collatz = fn start ->
  Stream.unfold(start, fn
    1 -> nil
    n when rem(n, 2) == 0 -> {n, div(n, 2)}
    n -> {n, 3 * n + 1}
  end)
end

IO.inspect(collatz.(6) |> Enum.to_list())
IO.inspect(collatz.(27) |> Enum.count())
