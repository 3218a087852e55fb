# Integer.digits and Integer.undigits with bignums
big = 98_765_432_109_876_543_210_123
IO.inspect(Integer.digits(big))
IO.inspect(Integer.digits(big, 16))
IO.inspect(Integer.digits(Integer.pow(2, 70), 2) |> length())
IO.inspect(Integer.digits(0))
IO.inspect(Integer.digits(-1234))
IO.puts(Integer.undigits(Integer.digits(big)))
IO.puts(Integer.undigits([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 16))
IO.puts(Enum.sum(Integer.digits(Integer.pow(2, 1000))))
