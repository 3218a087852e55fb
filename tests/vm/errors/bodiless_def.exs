# A function declared by a bodiless head and never given a clause is a
# compile error, as in Elixir (it used to yield a module the loader refused).
# expect-exit: 1
# expect-stderr: ** (CompileError) tests/vm/errors/bodiless_def.exs:8:3: implementation not provided for predefined def f/1
# expect-stderr: ** (CompileError) tests/vm/errors/bodiless_def.exs:9:3: implementation not provided for predefined defp g/0
IO.puts("never printed")
defmodule Bodiless do
  def f(x)
  defp g
  def h, do: 1
end
