# printable_limit on strings and charlists
s = String.duplicate("a", 30)
IO.puts(inspect(s, printable_limit: 10))
IO.puts(inspect(String.duplicate("ab", 2100)) |> String.length())
IO.puts(inspect(String.duplicate("ab", 2100)) |> String.slice(-10, 10))
IO.puts(inspect('abcdefghijkl', printable_limit: 4))
IO.puts(inspect(<<1, 2, 3, 4, 5, 6>>, limit: 3))
