# String concatenation and interpolation of various value types
name = "world"
IO.puts("hello " <> name)
IO.puts("a" <> "b" <> "c")
IO.puts("" <> "")
n = 42
f = 2.5
at = :sym
IO.puts("int=#{n} float=#{f} atom=#{at} str=#{name}")
IO.puts("expr=#{n * 2 + 1} nested=#{"in" <> "ner"}")
IO.puts("#{n}")
IO.puts("neg=#{-7} big=#{576460752303423487}")
IO.puts("bool=#{true} nil=[#{nil}]")
IO.puts("float=#{1.0e20} #{0.1 + 0.2} #{100.0}")
IO.puts("interp #{"#{"deep"}"} done")
s = "x=" <> "#{n}"
IO.inspect(s)
IO.inspect("#{:ok}" == "ok")
IO.inspect(is_binary("#{1}"))
