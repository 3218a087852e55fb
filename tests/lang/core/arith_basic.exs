# Basic integer arithmetic and precedence
IO.puts(1 + 2)
IO.puts(10 - 25)
IO.puts(6 * 7)
IO.puts(2 + 3 * 4)
IO.puts((2 + 3) * 4)
IO.puts(100 - 10 - 1)
IO.puts(-5 + 3)
IO.puts(-(-7))
IO.puts(0 - 0)
IO.puts(abs(-42))
IO.puts(abs(42))
IO.puts(abs(0))
x = 12
y = -3
IO.puts(x * y + x - y)
IO.inspect(x * x * x)
IO.inspect(1_000_000 * 1_000)
IO.inspect(0x1F + 0b101 + 0o17)
