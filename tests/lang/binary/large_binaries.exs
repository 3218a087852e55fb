# Binaries over 64 bytes live off-heap; building, slicing, matching and
# dropping many of them must behave exactly like small ones.
defmodule Big do
  def build(0, acc), do: acc
  def build(n, acc), do: build(n - 1, acc <> "abcdefghij")

  def count_a(<<>>, n), do: n
  def count_a(<<"a", rest::binary>>, n), do: count_a(rest, n + 1)
  def count_a(<<_, rest::binary>>, n), do: count_a(rest, n)

  def churn(0, last), do: last
  def churn(n, _last), do: churn(n - 1, build(20, "") <> <<n::32>>)
end

s = Big.build(100, "")
IO.puts(byte_size(s))
IO.puts(Big.count_a(s, 0))
<<head::binary-size(15), _::binary>> = s
IO.puts(head)
<<_::binary-size(990), tail::binary>> = s
IO.puts(tail)
t = <<s::binary, s::binary>>
IO.puts(byte_size(t))
IO.puts(t == s <> s)
IO.puts(byte_size(Big.churn(2000, "")))
IO.inspect(:binary.part(s, 995, 5))
IO.inspect(s < t)
