# several custom exceptions rescued polymorphically and by field
defmodule AppError do
  defexception [:code, message: "app error"]
end

defmodule DbError do
  defexception [:query]
  @impl true
  def message(e), do: "db failed on #{e.query}"
end

defmodule Runner do
  def run(n) do
    case n do
      1 -> raise(AppError, code: 1)
      2 -> raise(AppError, code: 2, message: "second")
      3 -> raise(DbError, query: "SELECT 1")
      _ -> :ok
    end
  end

  def safe(n) do
    run(n)
  rescue
    e in AppError -> "AppError(#{e.code}): #{Exception.message(e)}"
    e in DbError -> "DbError: #{Exception.message(e)}"
  end
end

defmodule Main do
  def run do
    for n <- 1..4, do: IO.inspect(Runner.safe(n))
    IO.inspect(%AppError{})
    IO.inspect(%DbError{query: "q"})
    IO.inspect(Exception.message(%DbError{query: "q"}))
  end
end

Main.run()
