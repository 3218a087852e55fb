# bitstring generators with sizes and into: binaries
pixels = <<255, 0, 0, 0, 255, 0, 0, 0, 255>>
IO.inspect(for <<r::8, g::8, b::8 <- pixels>>, do: {r, g, b})
IO.inspect(for <<w::16 <- <<1, 2, 3, 4>> >>, do: w)
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
IO.inspect(for <<c::utf8 <- "héllo">>, into: "", do: <<c::utf8, c::utf8>>)
IO.inspect(for <<b <- <<1, 2, 3>> >>, into: <<>>, do: <<b * 2>>)
IO.inspect(for x <- [1, 2, 3], into: "", do: <<x + 48>>)
