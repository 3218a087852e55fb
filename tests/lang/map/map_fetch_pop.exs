# Map.fetch / fetch! / pop / pop_lazy
defmodule V do
  def v(x), do: x
end

m = V.v(%{a: 1, b: nil})
IO.inspect(Map.fetch(m, :a))
IO.inspect(Map.fetch(m, :b))
IO.inspect(Map.fetch(m, :c))
IO.inspect(Map.fetch!(m, :a))
IO.inspect(Map.pop(m, :a))
IO.inspect(Map.pop(m, :c))
IO.inspect(Map.pop(m, :c, :dflt))
IO.inspect(Map.pop_lazy(m, :c, fn -> :computed end))

try do
  Map.fetch!(m, :c)
rescue
  e in KeyError ->
    IO.puts(Exception.message(e))
    IO.inspect(e.key)
    IO.inspect(e.term)
end

try do
  Map.fetch!(V.v(%{"k" => 1}), "missing")
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
