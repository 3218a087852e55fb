# reduce: accumulators in comprehensions
IO.inspect(for x <- 1..10, reduce: 0 do
  acc -> acc + x
end)

IO.inspect(for x <- ~w(a b a c a), reduce: %{} do
  acc -> Map.update(acc, x, 1, fn n -> n + 1 end)
end)

IO.inspect(for x <- 1..5, rem(x, 2) == 1, reduce: [] do
  acc -> [x | acc]
end)

IO.inspect(for x <- 1..3, y <- 1..3, reduce: {0, 0} do
  {s, c} -> {s + x * y, c + 1}
end)

IO.inspect(for {k, v} <- [a: 1, b: 2], reduce: "" do
  "" -> "#{k}=#{v}"
  acc -> acc <> "&#{k}=#{v}"
end)
