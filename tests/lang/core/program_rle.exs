# Run-length encoding and decoding of lists
defmodule RLE do
  def encode([]), do: []
  def encode([h | t]), do: encode(t, h, 1)
  defp encode([], cur, n), do: [{cur, n}]
  defp encode([cur | t], cur, n), do: encode(t, cur, n + 1)
  defp encode([h | t], cur, n), do: [{cur, n} | encode(t, h, 1)]

  def decode([]), do: []
  def decode([{_, 0} | t]), do: decode(t)
  def decode([{x, n} | t]), do: [x | decode([{x, n - 1} | t])]

  def render([]), do: ""
  def render([{x, 1} | t]), do: "#{x}" <> render(t)
  def render([{x, n} | t]), do: "#{n}#{x}" <> render(t)
end

data = ["a", "a", "a", "b", "c", "c", "a", "d", "d", "d", "d"]
enc = RLE.encode(data)
IO.inspect(enc)
IO.inspect(RLE.decode(enc))
IO.inspect(RLE.decode(enc) == data)
IO.puts(RLE.render(enc))
IO.inspect(RLE.encode([1, 1, 2]))
IO.inspect(RLE.encode('aaabccc'))
