# <<>> construction with binary and utf8 segments
name = "bob"
IO.inspect(<<name::binary, "!">>)
IO.inspect(<<byte_size(name)::8, name::binary>>)
IO.inspect(<<"abc", 0, "def">>)
IO.inspect(<<955::utf8>>)
IO.inspect(<<233::utf8, 0x1F600::utf8>>)
IO.puts(<<72::utf8, 105::utf8>>)
IO.inspect(<<"é"::binary, "x">>)
hello = "hello"
IO.inspect(<<hello::binary-size(3)>>)
part = "xyz"
IO.inspect(<<part::binary-size(2), part::binary>>)
IO.inspect(<<>>)
IO.inspect(<<"">>)
IO.puts(byte_size(<<0x10FFFF::utf8>>))
list = [1, 2, 3]
IO.inspect(<<length(list)::16, 7>>)
