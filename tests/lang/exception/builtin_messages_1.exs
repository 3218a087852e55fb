# messages of built-in errors: MatchError, CaseClauseError, CondClauseError, FunctionClauseError
defmodule V do
  def v(x), do: x
end

defmodule F do
  def only_int(x) when is_integer(x), do: x
end

try do
  {:ok, _} = V.v({:error, :nope})
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

try do
  [_, _] = V.v([1, 2, 3])
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end

try do
  case V.v(:unexpected) do
    :a -> 1
  end
rescue
  e in CaseClauseError -> IO.puts(Exception.message(e))
end

try do
  cond do
    V.v(false) -> 1
  end
rescue
  e in CondClauseError -> IO.puts(Exception.message(e))
end

try do
  F.only_int(V.v("str"))
rescue
  e in FunctionClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect({e.module, e.function, e.arity})
end

defmodule G do
  def run do
    f = fn :a -> 1 end
    f.(V.v(:b))
  rescue
    e in FunctionClauseError -> IO.puts(Exception.message(e))
  end
end

G.run()
