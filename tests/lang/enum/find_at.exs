# find find_index find_value any? all? at fetch
l = [10, 20, 30, 40]
IO.inspect(Enum.find(l, fn x -> x > 15 end))
IO.inspect(Enum.find(l, fn x -> x > 100 end))
IO.inspect(Enum.find(l, :none, fn x -> x > 100 end))
IO.inspect(Enum.find_index(l, fn x -> x == 30 end))
IO.inspect(Enum.find_index(l, fn x -> x == 31 end))
IO.inspect(Enum.find_value(l, fn x -> if x > 25, do: x * 2 end))
IO.inspect(Enum.any?(l, fn x -> x > 35 end))
IO.inspect(Enum.any?([]))
IO.inspect(Enum.any?([false, nil, 1]))
IO.inspect(Enum.all?(l, fn x -> x > 5 end))
IO.inspect(Enum.all?([]))
IO.inspect(Enum.all?([true, nil]))
IO.inspect(Enum.at(l, 0))
IO.inspect(Enum.at(l, -1))
IO.inspect(Enum.at(l, 10))
IO.inspect(Enum.at(l, 10, :default))
IO.inspect(Enum.fetch(l, 2))
IO.inspect(Enum.fetch(l, 9))
IO.inspect(Enum.fetch!(l, 1))
IO.inspect(Enum.at(1..10, 4))
IO.inspect(Enum.find(%{a: 1, b: 2}, fn {_k, v} -> v == 2 end))

try do
  Enum.fetch!([1], 5)
rescue
  e in Enum.OutOfBoundsError -> IO.puts(Exception.message(e))
end
