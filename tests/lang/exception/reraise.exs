# reraise keeps the exception; raise inside rescue replaces it
defmodule R do
  def level1 do
    try do
      raise(ArgumentError, "original")
    rescue
      e ->
        IO.puts("level1 saw: " <> e.message)
        reraise(e, __STACKTRACE__)
    end
  end

  def level2 do
    try do
      level1()
    rescue
      e in ArgumentError ->
        IO.puts("level2 saw: " <> e.message)
        raise(RuntimeError, "wrapped: " <> e.message)
    end
  end

  def level3 do
    try do
      raise("first")
    rescue
      _ -> reraise(RuntimeError, [message: "reraised with module"], __STACKTRACE__)
    end
  end
end

try do
  R.level2()
rescue
  e -> IO.puts("top saw #{inspect(e.__struct__)}: " <> e.message)
end

try do
  R.level3()
rescue
  e -> IO.puts("top saw #{inspect(e.__struct__)}: " <> e.message)
end
