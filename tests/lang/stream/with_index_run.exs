# Stream.with_index and Stream.run
IO.inspect(Stream.with_index([:a, :b, :c]) |> Enum.to_list())
IO.inspect(Stream.with_index([:a, :b, :c], 1) |> Enum.to_list())
IO.inspect(Stream.iterate(0, fn x -> x + 5 end) |> Stream.with_index() |> Enum.take(3))
r =
  Stream.map(1..3, fn x -> IO.puts("running #{x}") end)
  |> Stream.run()
IO.inspect(r)
Stream.with_index(["x", "y"]) |> Stream.map(fn {v, i} -> IO.puts("#{i}=#{v}") end) |> Stream.run()
