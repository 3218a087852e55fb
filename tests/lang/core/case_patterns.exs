# case with nested tuple/list/literal patterns
defmodule Matcher do
  def m(x) do
    case x do
      0 -> "zero"
      1.5 -> "one and a half"
      :ok -> "atom ok"
      "str" -> "the string"
      {} -> "empty tuple"
      {:ok, {a, b}} -> "ok pair #{a} #{b}"
      {:ok, v} -> "ok #{v}"
      {:error, _} -> "error"
      [] -> "empty list"
      [a] -> "one elem #{a}"
      [a, a] -> "two same #{a}"
      [_, [b | _] | _] -> "nested head #{b}"
      [h | _] -> "starts #{h}"
      nil -> "nil"
      _ -> "other"
    end
  end
end

IO.puts(Matcher.m(0))
IO.puts(Matcher.m(1.5))
IO.puts(Matcher.m(:ok))
IO.puts(Matcher.m("str"))
IO.puts(Matcher.m({}))
IO.puts(Matcher.m({:ok, {1, 2}}))
IO.puts(Matcher.m({:ok, 9}))
IO.puts(Matcher.m({:error, :boom}))
IO.puts(Matcher.m([]))
IO.puts(Matcher.m([7]))
IO.puts(Matcher.m([3, 3]))
IO.puts(Matcher.m([3, 4]))
IO.puts(Matcher.m([1, [2, 3], 4]))
IO.puts(Matcher.m(nil))
IO.puts(Matcher.m(0.0))
IO.puts(Matcher.m(true))
