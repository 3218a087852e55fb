# Task.async_stream: 20,000 small tasks, 8 at a time, results in order.
t0 = System.monotonic_time(:microsecond)

sum =
  1..20_000
  |> Task.async_stream(fn x -> x * x end, max_concurrency: 8)
  |> Enum.reduce(0, fn {:ok, v}, acc -> acc + v end)

t1 = System.monotonic_time(:microsecond)
^sum = Enum.sum(Enum.map(1..20_000, fn x -> x * x end))
IO.puts("async_stream tasks=20000 max_concurrency=8 us=#{t1 - t0}")
