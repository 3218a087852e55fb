# rescue by module, `e in X`, lists, catch-all
defmodule V do
  def v(x), do: x
end

defmodule T do
  def run(f) do
    try do
      f.()
    rescue
      ArgumentError -> "bare ArgumentError"
      e in [KeyError, MatchError] -> "list: " <> inspect(e.__struct__)
      e in RuntimeError -> "runtime: " <> e.message
      e -> "other: " <> inspect(e.__struct__)
    end
  end
end

IO.puts(T.run(fn -> raise(ArgumentError, "x") end))
IO.puts(T.run(fn -> Map.fetch!(V.v(%{}), :k) end))
IO.puts(T.run(fn -> {:a} = V.v({:b}) end))
IO.puts(T.run(fn -> raise("boom") end))
IO.puts(T.run(fn -> 1 + V.v(:a) end))
IO.puts(T.run(fn -> :ok end) |> inspect())
