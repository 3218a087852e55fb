# length-prefixed parsing: <<len::8, data::binary-size(len), rest::binary>>
defmodule Parser do
  def parse(<<>>), do: []
  def parse(<<len::8, data::binary-size(len), rest::binary>>), do: [data | parse(rest)]

  def parse16(<<len::16-little, data::binary-size(len), rest::binary>>), do: {data, rest}
end

packet = <<3, "abc", 0, 5, "hello", 1, "z">>
IO.inspect(Parser.parse(packet))
IO.inspect(Parser.parse16(<<2, 0, "hi", "rest">>))

encoded =
  ["one", "two", "three"]
  |> Enum.map(fn s -> <<byte_size(s)::8, s::binary>> end)
  |> Enum.join()

IO.inspect(encoded)
IO.inspect(Parser.parse(encoded))

case <<5, "ab">> do
  <<len::8, data::binary-size(len)>> -> IO.inspect({:ok, data})
  <<len::8, partial::binary>> -> IO.inspect({:short, len, partial})
end
