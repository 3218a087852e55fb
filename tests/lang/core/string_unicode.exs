# Unicode strings as values
s = "héllo wörld"
IO.puts(s)
IO.inspect(s)
IO.puts("日本語")
IO.inspect("日本語")
IO.puts("emoji: 😀")
IO.inspect("😀")
IO.puts("ñ" <> "ç" <> "ü")
IO.inspect("\u00e9")
IO.inspect("é" == "\u00e9")
IO.inspect("Ω≈ç√")
greeting = "Привет"
IO.puts("#{greeting}, мир")
IO.inspect({greeting, :ok})
