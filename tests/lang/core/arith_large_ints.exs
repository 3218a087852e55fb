# Large integers that still fit in 60 bits, and negatives
max = 576460752303423487
min = -576460752303423488
IO.puts(max)
IO.puts(min)
IO.inspect(max - 1)
IO.inspect(min + 1)
IO.inspect(div(max, 2))
IO.inspect(rem(max, 1000))
IO.inspect(-max)
IO.puts(123_456_789 * 1000)
IO.puts(-987654321)
IO.puts(max == 576_460_752_303_423_487)
IO.inspect(288230376151711744 + 288230376151711743)
IO.inspect(abs(min + 1))
