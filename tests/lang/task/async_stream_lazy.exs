# async_stream is lazy: nothing runs until the stream is enumerated
parent = self()
s = Task.async_stream([1, 2, 3], fn x -> send(parent, {:ran, x}); x end)
receive do
  {:ran, _} -> IO.puts("ran too early")
after
  30 -> IO.puts("nothing ran yet")
end
IO.inspect(Enum.to_list(s))
ran = for _ <- 1..3, do: (receive do {:ran, x} -> x end)
IO.inspect(Enum.sort(ran))
IO.inspect(s |> Stream.map(fn {:ok, v} -> v * 100 end) |> Enum.to_list())
