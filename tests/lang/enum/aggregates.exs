# sum product count member? min max min_by max_by empty?
l = [3, 1, 4, 1, 5, 9, 2, 6]
IO.inspect(Enum.sum(l))
IO.inspect(Enum.product(l))
IO.inspect(Enum.sum([]))
IO.inspect(Enum.product([]))
IO.inspect(Enum.count(l))
IO.inspect(Enum.count(l, fn x -> x > 3 end))
IO.inspect(Enum.member?(l, 9))
IO.inspect(Enum.member?(l, 7))
IO.inspect(Enum.min(l))
IO.inspect(Enum.max(l))
IO.inspect(Enum.min_max(l))
IO.inspect(Enum.min_by(["ccc", "a", "bb"], &String.length/1))
IO.inspect(Enum.max_by(["ccc", "a", "bb", "ddd"], &String.length/1))
IO.inspect(Enum.min([], fn -> :empty end))
IO.inspect(Enum.max([:b, :a, :c]))
IO.inspect(Enum.empty?([]))
IO.inspect(Enum.empty?(l))
IO.inspect(Enum.empty?(%{}))
IO.inspect(Enum.empty?(1..0//1))
IO.inspect(Enum.sum(1..100))
IO.inspect(Enum.count(1..10//3))
IO.inspect(Enum.max(10..1//-1))

try do
  Enum.max([])
rescue
  e in Enum.EmptyError -> IO.puts(Exception.message(e))
end
