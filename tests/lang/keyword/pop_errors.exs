# Keyword.pop and fetch! errors
kw = [a: 1, b: 2, a: 3]
IO.inspect(Keyword.pop(kw, :a))
IO.inspect(Keyword.pop(kw, :z))
IO.inspect(Keyword.pop(kw, :z, :none))
IO.inspect(Keyword.pop_first(kw, :a))
IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))

defmodule V do
  def v(x), do: x
end

try do
  Keyword.fetch!(V.v(kw), :missing)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end

try do
  Keyword.update!(V.v(kw), :missing, fn x -> x end)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
