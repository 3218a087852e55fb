# binary pattern matching: bytes and rest
<<a::8, rest::binary>> = "ABC"
IO.inspect({a, rest})
<<x, y, z>> = <<1, 2, 3>>
IO.inspect({x, y, z})
<<first::binary-size(2), tail::binary>> = "hello"
IO.inspect({first, tail})
<<n::16, m::16-little>> = <<1, 2, 1, 2>>
IO.inspect({n, m})
<<s::8-signed, u::8>> = <<255, 255>>
IO.inspect({s, u})
<<big::32-big, little::32-little>> = <<0, 0, 1, 0, 0, 1, 0, 0>>
IO.inspect({big, little})
<<neg::16-signed-little>> = <<254, 255>>
IO.inspect(neg)
<<w::64>> = <<1, 2, 3, 4, 5, 6, 7, 8>>
IO.inspect(w)
<<huge::96>> = <<255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255>>
IO.inspect(huge)
<<_skip::binary-size(3), last::binary>> = "abcdef"
IO.inspect(last)
<<"GET ", path::binary>> = "GET /index.html"
IO.inspect(path)
