# String equality, ordering and prefix matching with <>
defmodule Cmd do
  def parse("get " <> key), do: {:get, key}
  def parse("set " <> rest), do: {:set, rest}
  def parse("quit"), do: :quit
  def parse(other), do: {:unknown, other}
end

IO.inspect(Cmd.parse("get name"))
IO.inspect(Cmd.parse("set x 1"))
IO.inspect(Cmd.parse("quit"))
IO.inspect(Cmd.parse("dance"))
IO.inspect("abc" == "abc")
IO.inspect("abc" === "ab" <> "c")
IO.inspect("a" < "b")
IO.inspect("Z" < "a")
IO.inspect("" < "a")
"pre" <> suffix = "prefix"
IO.puts(suffix)
