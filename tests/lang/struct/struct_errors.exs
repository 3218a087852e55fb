# errors with structs: unknown key on update, missing field access
defmodule S do
  defstruct a: 1
end

defmodule V do
  def v(x), do: x
end

defmodule Main do
  def run do
    s = V.v(%S{})

    try do
      IO.inspect(Map.fetch!(s, :b))
    rescue
      e in KeyError -> IO.puts("fetch!: " <> Exception.message(e))
    end

    try do
      IO.inspect(s.b)
    rescue
      e in KeyError -> IO.puts("dot: " <> Exception.message(e))
    end

    try do
      IO.inspect(struct!(S, b: 1))
    rescue
      e in KeyError -> IO.puts("struct!: " <> Exception.message(e))
    end

    try do
      %S{} = V.v(%{a: 1})
    rescue
      e in MatchError -> IO.puts("match: " <> Exception.message(e))
    end
  end
end

Main.run()
