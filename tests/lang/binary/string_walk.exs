# walking strings byte by byte and by utf8 to build results
defmodule W do
  def upcase_ascii(<<>>), do: ""
  def upcase_ascii(<<c, rest::binary>>) when c >= ?a and c <= ?z, do: <<c - 32>> <> upcase_ascii(rest)
  def upcase_ascii(<<c, rest::binary>>), do: <<c>> <> upcase_ascii(rest)

  def reverse(bin), do: reverse(bin, "")
  defp reverse(<<>>, acc), do: acc
  defp reverse(<<c::utf8, rest::binary>>, acc), do: reverse(rest, <<c::utf8, acc::binary>>)

  def split_words(bin), do: split_words(bin, "", [])
  defp split_words(<<>>, "", acc), do: Enum.reverse(acc)
  defp split_words(<<>>, cur, acc), do: Enum.reverse([cur | acc])
  defp split_words(<<" ", rest::binary>>, "", acc), do: split_words(rest, "", acc)
  defp split_words(<<" ", rest::binary>>, cur, acc), do: split_words(rest, "", [cur | acc])
  defp split_words(<<c::utf8, rest::binary>>, cur, acc), do: split_words(rest, <<cur::binary, c::utf8>>, acc)
end

IO.puts(W.upcase_ascii("hello, world 123"))
IO.puts(W.reverse("héllo wörld"))
IO.inspect(W.split_words("  the quick  brown fox "))
IO.inspect(W.split_words("ünïcödé wörds"))
