# IO.inspect breaks long lists at width 80; inspect/1 does not
l = Enum.to_list(1..30)
IO.inspect(l)
IO.puts(inspect(l))
IO.inspect(Enum.to_list(100..140))
IO.inspect(Enum.map(1..25, fn i -> i * 1000 end))
IO.inspect(Enum.to_list(1..21))
IO.inspect(Enum.to_list(1..22))
IO.inspect(Enum.to_list(1..60))
