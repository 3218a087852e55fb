# <<x::utf8, rest::binary>> walking
defmodule U do
  def codepoints(<<>>), do: []
  def codepoints(<<c::utf8, rest::binary>>), do: [c | codepoints(rest)]

  def count(<<>>, n), do: n
  def count(<<_::utf8, rest::binary>>, n), do: count(rest, n + 1)

  def bytes(<<>>), do: []
  def bytes(<<b, rest::binary>>), do: [b | bytes(rest)]
end

s = "aé€😀"
IO.inspect(U.codepoints(s))
IO.inspect(U.count(s, 0))
IO.inspect(U.bytes(s))
IO.inspect(byte_size(s))
<<c::utf8, rest::binary>> = "ñandú"
IO.inspect({c, rest})
IO.inspect(<<c::utf8>>)
IO.inspect(String.codepoints(s))
IO.inspect(String.to_charlist(s))
