# Enum.join / map_join on strings and mixed values
words = ["alpha", "beta", "gamma"]
IO.puts(Enum.join(words, ", "))
IO.puts(Enum.join(words))
IO.puts(Enum.map_join(words, "|", &String.upcase/1))
IO.puts(Enum.join([1, 2, 3], "-"))
IO.puts(Enum.join([:a, "b", 'c', 1.5], " "))
IO.inspect(String.split("a b c") |> Enum.join("+"))
IO.inspect(String.length(Enum.join(words, "")))
IO.inspect(String.to_charlist("ab") |> Enum.join(","))
