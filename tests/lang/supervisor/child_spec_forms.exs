defmodule Plain do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule Temp do
  use GenServer, restart: :temporary, shutdown: 1000
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule Custom do
  def child_spec(arg) do
    %{id: {:custom, arg}, start: {__MODULE__, :start_link, [arg]}, type: :supervisor}
  end
end

defmodule UsesSup do
  use Supervisor, id: :my_sup
  def init(_), do: :ignore
end

IO.inspect(Plain.child_spec(:x))
IO.inspect(Temp.child_spec(:y))
IO.inspect(UsesSup.child_spec(:z))
IO.inspect(Supervisor.child_spec(Plain, []))
IO.inspect(Supervisor.child_spec({Plain, 5}, []))
IO.inspect(Supervisor.child_spec({Custom, 1}, shutdown: 10))
IO.inspect(Supervisor.child_spec(%{id: :m, start: {Plain, :start_link, [1]}}, restart: :transient, id: :n))
IO.inspect(Supervisor.child_spec(Temp, type: :worker, modules: [A, B]))
IO.inspect(Supervisor.child_spec(%{id: 1}, []))
{:ok, {flags, specs}} = Supervisor.init([Plain, {Temp, 2}, {Custom, 3}, %{id: :raw, start: {Plain, :start_link, [0]}}], strategy: :one_for_one)
IO.inspect(flags)
Enum.each(specs, &IO.inspect/1)
