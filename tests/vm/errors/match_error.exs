# An uncaught error prints Elixir's banner and a stack trace with file:line; exit 1.
# expect-exit: 1
# expect-stdout: before
# expect-stderr: ** (MatchError) no match of right hand side value: {:error, :enoent}
# expect-stderr: tests/vm/errors/match_error.exs:10: Loader.load!/1
# expect-stderr: tests/vm/errors/match_error.exs:15: (file)
defmodule Loader do
  def load!(path) do
    result = if path == "x", do: {:error, :enoent}, else: {:ok, path}
    {:ok, value} = result
    value
  end
end
IO.puts("before")
IO.puts(Loader.load!("x"))
IO.puts("never")
