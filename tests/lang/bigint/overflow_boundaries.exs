# values around the 60/63/64-bit boundaries where VMs switch representation
bounds = [
  Integer.pow(2, 59) - 1, Integer.pow(2, 59), Integer.pow(2, 60) - 1, Integer.pow(2, 60),
  Integer.pow(2, 62) - 1, Integer.pow(2, 62), Integer.pow(2, 63) - 1, Integer.pow(2, 63),
  Integer.pow(2, 64) - 1, Integer.pow(2, 64)
]

for b <- bounds do
  IO.puts("#{b} #{-b} #{b + 1} #{b * 2} #{div(b, 2)} #{b - b}")
end

x = Integer.pow(2, 64)
y = x - 1
IO.puts(x - y)
IO.puts(is_integer(x - y))
IO.puts((x - y) === 1)
IO.puts(x * 2 - x * 2 + 5)
IO.inspect(Enum.map(bounds, fn b -> rem(b, 10) end))
IO.puts(Enum.sum(bounds))
