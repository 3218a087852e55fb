# messages: BadMapError, KeyError, ArithmeticError, ArgumentError, RuntimeError
defmodule V do
  def v(x), do: x
end

# a dot access on an atom is a remote call to a module named by that atom
try do
  V.v(:not_map).field
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: " <> Exception.message(e))
end

try do
  Map.put(V.v([]), :a, 1)
rescue
  e in BadMapError -> IO.puts(Exception.message(e))
end

try do
  Map.fetch!(V.v(%{a: 1}), :b)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end

try do
  V.v(%{a: 1}).b
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end

try do
  div(V.v(1), V.v(0))
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end

try do
  V.v(1) + V.v("2")
rescue
  e in ArithmeticError -> IO.puts(Exception.message(e))
end

try do
  String.to_integer(V.v("x"))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  String.to_existing_atom(V.v("surely_not_an_existing_atom_xyz"))
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  elem(V.v({1}), 5)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  raise("runtime!")
rescue
  e in RuntimeError -> IO.puts(Exception.message(e))
end
