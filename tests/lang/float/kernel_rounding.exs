# Kernel round/trunc/floor/ceil return integers
for x <- [2.5, 3.5, -2.5, -3.5, 2.4999, 0.5, -0.5, 7.0, -7.9, 1.0e15 + 0.5] do
  IO.puts("#{x}: round=#{round(x)} trunc=#{trunc(x)} floor=#{floor(x)} ceil=#{ceil(x)}")
end

IO.puts(round(7))
IO.puts(trunc(-7))
IO.puts(floor(10))
IO.puts(ceil(-10))
IO.puts(is_integer(round(2.7)))
IO.puts(round(1.0e20))
