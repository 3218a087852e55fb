# Mixed integer/float arithmetic
a = 3
b = 2.5
IO.puts(a + b)
IO.puts(a - b)
IO.puts(a * b)
IO.puts(a / b)
IO.puts(b * b * b)
IO.puts(10 / 2)
IO.puts(abs(-2.75))
IO.puts(1 + 1.0)
IO.puts(0.1 + 0.7)
IO.puts(1.1 * 1.1)
IO.puts(3.0 - 0.0000001)
IO.puts("interp: #{a / b} and #{1.0e20} and #{-0.5}")
r = 2.0
area = 3.14159 * r * r
IO.puts("area = #{area}")
IO.inspect(is_float(a / 1))
