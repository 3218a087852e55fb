defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

try do
  Supervisor.start_link([Worker], [])
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> e.message)
end

try do
  Supervisor.start_link([Worker], max_restarts: 1)
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> e.message)
end

try do
  Supervisor.init([Worker], max_seconds: 3)
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> e.message)
end

IO.inspect(Supervisor.init([Worker], strategy: :one_for_all))
IO.inspect(Supervisor.init([{Worker, :x}], strategy: :rest_for_one, max_restarts: 7, max_seconds: 9))
IO.inspect(Supervisor.init([], strategy: :anything, other: 1))
IO.puts("still alive")
