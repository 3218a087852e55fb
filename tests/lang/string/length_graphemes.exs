# String.length / graphemes / codepoints on plain code points
for s <- ["", "a", "hello", "héllo", "日本語", "😀x", "ñandú", "Ωmega"] do
  IO.puts("#{inspect(s)} len=#{String.length(s)} bytes=#{byte_size(s)} graphemes=#{inspect(String.graphemes(s))}")
end

IO.inspect(String.codepoints("añb"))
IO.inspect(String.valid?("abc"))
IO.inspect(String.valid?(<<255>>))
IO.inspect(String.printable?("abc"))
IO.inspect(String.printable?(<<0>>))
