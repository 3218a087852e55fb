# with else that does not match raises WithClauseError
defmodule V do
  def v(x), do: x
end

try do
  with {:ok, x} <- V.v({:error, :boom}) do
    x
  else
    {:error, :other} -> :handled
  end
rescue
  e in WithClauseError ->
    IO.puts(Exception.message(e))
    IO.inspect(e.term)
end

res =
  with {:ok, a} <- V.v({:ok, 1}),
       {:ok, b} <- V.v({:ok, 2}) do
    a + b
  else
    _ -> :unreachable
  end

IO.inspect(res)
