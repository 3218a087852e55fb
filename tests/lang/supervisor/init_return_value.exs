# Supervisor.init/2 returns {:ok, {flags, child_specs}} with defaults intensity 3, period 5;
# a module-based init/1 may return :ignore
defmodule W do
  use GenServer
  def start_link(a), do: GenServer.start_link(__MODULE__, a)
  def init(a), do: {:ok, a}
end

defmodule Ign do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, nil)
  def init(_), do: :ignore
end

IO.inspect(Supervisor.init([W], strategy: :one_for_one))
IO.inspect(Supervisor.init([{W, 1}, %{id: :m, start: {W, :start_link, [2]}}], strategy: :rest_for_one, max_restarts: 10, max_seconds: 60))
IO.inspect(Ign.start_link(nil))
IO.inspect(Supervisor.start_link([Ign], strategy: :one_for_one) |> elem(0))
