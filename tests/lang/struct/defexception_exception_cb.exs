# defexception with exception/1 callback and extra fields
defmodule HTTPError do
  defexception [:status, :reason]

  @impl true
  def exception(opts) do
    status = Keyword.get(opts, :status, 500)
    %HTTPError{status: status, reason: Keyword.get(opts, :reason, "internal")}
  end

  @impl true
  def message(%HTTPError{status: s, reason: r}), do: "HTTP #{s}: #{r}"
end

defmodule Main do
  def fetch(:ok), do: {:ok, "body"}
  def fetch(:missing), do: raise(HTTPError, status: 404, reason: "not found")
  def fetch(:boom), do: raise(HTTPError, [])

  def run do
    for arg <- [:ok, :missing, :boom] do
      try do
        IO.inspect(fetch(arg))
      rescue
        e in HTTPError ->
          IO.puts(Exception.message(e))
          IO.inspect(e.status)
          IO.inspect(e)
      end
    end
  end
end

Main.run()
