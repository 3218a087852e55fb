# <> concatenation and byte_size
a = "hello"
b = " world"
IO.puts(a <> b)
IO.puts(byte_size(a <> b))
IO.puts("" <> "" == "")
IO.puts(byte_size(""))
IO.puts(byte_size("héllo"))
IO.puts(String.length("héllo"))
c = <<1, 2, 3>> <> <<4, 5>>
IO.inspect(c)
IO.puts(byte_size(c))
IO.inspect("abc" <> <<0>>)
s = Enum.reduce(1..5, "", fn i, acc -> acc <> Integer.to_string(i) end)
IO.puts(s)
"pre" <> rest = "prefix-match"
IO.puts(rest)
IO.inspect(is_binary(rest))
IO.inspect(is_bitstring(rest))
