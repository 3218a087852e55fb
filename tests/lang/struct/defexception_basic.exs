# defexception with default message and raising/rescuing
defmodule MyError do
  defexception message: "default my error"
end

defmodule ValueError do
  defexception [:value]

  @impl true
  def message(e), do: "bad value: #{inspect(e.value)}"
end

defmodule Main do
  def run do
    try do
      raise(MyError)
    rescue
      e in MyError -> IO.puts("1: " <> e.message)
    end

    try do
      raise(MyError, message: "custom text")
    rescue
      e in MyError -> IO.puts("2: " <> Exception.message(e))
    end

    try do
      raise(MyError, "string form")
    rescue
      e -> IO.puts("3: " <> Exception.message(e))
    end

    try do
      raise(ValueError, value: {:oops, 1})
    rescue
      e in ValueError ->
        IO.puts("4: " <> Exception.message(e))
        IO.inspect(e.value)
    end

    e = %ValueError{value: 42}
    IO.inspect(e)
    IO.inspect(is_exception(e))
    IO.inspect(is_exception(%{}))
    IO.inspect(Exception.message(e))

    try do
      raise(e)
    rescue
      x in [ValueError, MyError] -> IO.puts("5: " <> Exception.message(x))
    end
  end
end

Main.run()
