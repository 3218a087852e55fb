# pad_leading / pad_trailing / duplicate
IO.inspect(String.pad_leading("42", 5))
IO.inspect(String.pad_leading("42", 5, "0"))
IO.inspect(String.pad_trailing("ab", 5))
IO.inspect(String.pad_trailing("ab", 6, "-="))
IO.inspect(String.pad_leading("abcdef", 3))
IO.inspect(String.pad_leading("é", 3, "*"))
IO.inspect(String.duplicate("ab", 3))
IO.inspect(String.duplicate("x", 0))
IO.inspect(String.duplicate("é", 4))

for {name, qty} <- [{"apple", 3}, {"kiwi", 12}, {"watermelon", 100}] do
  IO.puts(String.pad_trailing(name, 12, ".") <> String.pad_leading(Integer.to_string(qty), 4))
end
