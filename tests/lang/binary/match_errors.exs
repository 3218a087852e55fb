# failing binary matches fall through to other clauses
defmodule M do
  def kind(<<a::8>>), do: {:one_byte, a}
  def kind(<<a::16>>), do: {:two_bytes, a}
  def kind(<<"x", _::binary>>), do: :starts_with_x
  def kind(<<_::utf8, _::binary>>), do: :utf8_start
  def kind(_), do: :other
end

IO.inspect(M.kind(<<7>>))
IO.inspect(M.kind(<<1, 0>>))
IO.inspect(M.kind("xyz"))
IO.inspect(M.kind("éa"))
IO.inspect(M.kind(<<255, 1, 2>>))
IO.inspect(M.kind(""))

r =
  case "abc" do
    <<_::binary-size(5), _::binary>> -> :long
    <<_::binary-size(3)>> -> :exactly3
  end

IO.inspect(r)

try do
  <<_::binary-size(4)>> = M.kind(<<1, 2, 3>>) |> inspect()
  IO.puts("matched")
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
