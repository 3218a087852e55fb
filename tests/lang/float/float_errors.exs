# errors around floats
defmodule V do
  def v(x), do: x
end

try do
  IO.puts(1 / V.v(0))
rescue
  e in ArithmeticError -> IO.puts("1/0: " <> Exception.message(e))
end

try do
  IO.puts(1.0 / V.v(0.0))
rescue
  e in ArithmeticError -> IO.puts("1.0/0.0: " <> Exception.message(e))
end

try do
  IO.puts(String.to_float(V.v("abc")))
rescue
  e in ArgumentError -> IO.puts("to_float: " <> Exception.message(e))
end

try do
  IO.puts(String.to_float(V.v("1")))
rescue
  e in ArgumentError -> IO.puts("to_float int: " <> Exception.message(e))
end

try do
  IO.puts(:math.sqrt(V.v(-1)))
rescue
  e in ArithmeticError -> IO.puts("sqrt: " <> Exception.message(e))
end
