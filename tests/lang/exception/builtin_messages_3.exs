# messages: UndefinedFunctionError, BadArityError, BadFunctionError, BadBooleanError
defmodule V do
  def v(x), do: x
end

defmodule Exists do
  def here(), do: :ok
end

try do
  mod = V.v(NoSuchModule)
  mod.some_fun(1)
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end

try do
  mod = V.v(Exists)
  mod.missing(1, 2)
rescue
  e in UndefinedFunctionError ->
    IO.puts(Exception.message(e))
    IO.inspect({e.module, e.function, e.arity})
end

try do
  mod = V.v(Exists)
  mod.here(1)
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end

try do
  f = V.v(fn x, y -> x + y end)
  f.(1)
rescue
  e in BadArityError ->
    # the message starts with the inspected fun, which is not deterministic; print the tail
    IO.puts(Exception.message(e) |> String.split("> with ", parts: 2) |> List.last())
    IO.inspect(e.args)
end

try do
  f = V.v(:not_a_fun)
  f.(1)
rescue
  e in BadFunctionError -> IO.puts(Exception.message(e))
end

try do
  V.v(:not_bool) and true
rescue
  e in BadBooleanError -> IO.puts(Exception.message(e))
end

try do
  V.v(nil) or false
rescue
  e in BadBooleanError -> IO.puts(Exception.message(e))
end
