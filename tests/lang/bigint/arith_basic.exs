# + - * on integers crossing the 64-bit boundary
a = 9_223_372_036_854_775_807
IO.puts(a + 1)
IO.puts(a + a)
IO.puts(-a - 2)
IO.puts(a * a)
IO.puts(a * -3)
b = 18_446_744_073_709_551_616
IO.puts(b - 1)
IO.puts(b - b)
IO.puts(b * b * b)
IO.puts(b + -b)
IO.puts(1 - b)
c = 123_456_789_012_345_678_901_234_567_890
IO.puts(c + 987_654_321_098_765_432_109_876_543_210)
IO.puts(c - 987_654_321_098_765_432_109_876_543_210)
IO.puts(c * 0)
IO.puts(c * 1)
IO.puts(-c)
IO.inspect(c)
IO.inspect([c, -c, 1])
