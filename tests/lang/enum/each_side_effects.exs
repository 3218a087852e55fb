# Enum.each evaluation order and return value
r = Enum.each([:a, :b, :c], fn x -> IO.puts("visit #{x}") end)
IO.inspect(r)
Enum.each(1..3, fn i -> IO.write("#{i} ") end)
IO.puts("")
Enum.each(%{x: 1, y: 2}, fn {k, v} -> IO.puts("#{k}=#{v}") end)
Enum.each([], fn _ -> IO.puts("never") end)
Enum.map([3, 1, 2], fn x ->
  IO.puts("map sees #{x}")
  x
end)
|> IO.inspect()
Enum.each(Enum.with_index(["a", "b"]), fn {v, i} -> IO.puts("#{i}:#{v}") end)
