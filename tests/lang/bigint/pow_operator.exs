# the ** operator (Elixir 1.13+) with integers
IO.puts(2 ** 10)
IO.puts(2 ** 64)
IO.puts(3 ** 50)
IO.puts((-2) ** 65)
IO.puts(10 ** 0)
IO.puts(2.0 ** 3)
