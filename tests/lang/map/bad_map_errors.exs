# errors: m.missing, update of missing key, BadMapError
defmodule E do
  def v(x), do: x
end

m = E.v(%{a: 1})

try do
  IO.inspect(m.missing)
rescue
  e in KeyError -> IO.puts("dot: " <> Exception.message(e))
end

try do
  IO.inspect(%{m | missing: 2})
rescue
  e in KeyError -> IO.puts("update: " <> Exception.message(e))
end

try do
  IO.inspect(Map.get(E.v(:not_a_map), :a))
rescue
  e in BadMapError -> IO.puts("get: " <> Exception.message(e))
end

try do
  IO.inspect(%{E.v([1]) | a: 1})
rescue
  e in BadMapError -> IO.puts("update non-map: " <> Exception.message(e))
end

try do
  IO.inspect(map_size(E.v(:x)))
rescue
  e in BadMapError -> IO.puts("map_size: " <> Exception.message(e))
end
