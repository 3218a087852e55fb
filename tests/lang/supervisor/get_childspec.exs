# the supervisor answers {:get_childspec, id} calls (:supervisor.get_childspec); a child added later as :temporary keeps no arguments
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end
{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({W, 1}, id: :t0, restart: :temporary)], strategy: :one_for_one)
{:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec({W, 1}, id: :t1, restart: :temporary))
IO.inspect(GenServer.call(sup, {:get_childspec, :t0}))
IO.inspect(GenServer.call(sup, {:get_childspec, :t1}))
IO.inspect(GenServer.call(sup, {:get_childspec, :nope}))
