# Code points outside 0..0x10FFFF are refused however large, not cut to 32 bits.
IO.inspect(:unicode.characters_to_binary([65, 4_294_967_361]))
IO.inspect(:unicode.characters_to_list([4_294_967_361, 66]))
IO.inspect(:unicode.characters_to_binary([-1]))
IO.inspect(:unicode.characters_to_binary(["ok", 0x10FFFF]))

for bad <- [4_294_967_361, 0x110000, 0xD800] do
  try do
    IO.inspect(List.to_string([bad]))
  rescue
    e -> IO.inspect(e.__struct__)
  end
end
