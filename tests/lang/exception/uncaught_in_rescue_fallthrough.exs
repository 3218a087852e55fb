# exceptions not matched by rescue clauses propagate to the next handler
defmodule P do
  def inner(f) do
    try do
      f.()
    rescue
      ArgumentError -> :inner_arg
    end
  end

  def outer(f) do
    try do
      inner(f)
    rescue
      e in KeyError -> {:outer_key, e.key}
    catch
      :throw, v -> {:outer_throw, v}
    end
  end
end

IO.inspect(P.outer(fn -> raise(ArgumentError) end))
IO.inspect(P.outer(fn -> raise(KeyError, key: :kk) end))
IO.inspect(P.outer(fn -> throw(:tt) end))
IO.inspect(P.outer(fn -> :value end))
