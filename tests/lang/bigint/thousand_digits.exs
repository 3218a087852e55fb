# 1000-digit numbers
n = Integer.pow(10, 999) + 7
s = Integer.to_string(n)
IO.puts(String.length(s))
IO.puts(n)
m = Integer.pow(3, 2095)
IO.puts(m)
IO.puts(String.length(Integer.to_string(m)))
IO.puts(rem(m, 1_000_000_007))
IO.puts(div(m, Integer.pow(10, 990)))
IO.puts(-m)
IO.inspect(Integer.parse(Integer.to_string(m)) == {m, ""})
