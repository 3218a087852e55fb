# children may be given as Mod, {Mod, arg} or a map; Supervisor.child_spec/2 overrides keys
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

IO.inspect(Supervisor.child_spec(W, []))
IO.inspect(Supervisor.child_spec({W, :arg}, []))
IO.inspect(Supervisor.child_spec({W, :arg}, id: :custom, restart: :transient, shutdown: 100))
IO.inspect(Supervisor.child_spec(%{id: :m, start: {W, :start_link, [1]}}, type: :worker, shutdown: :brutal_kill))
children = [
  W,
  Supervisor.child_spec({W, :two}, id: :two),
  %{id: :three, start: {W, :start_link, [:three]}}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
states =
  for {id, pid, _, _} <- Supervisor.which_children(sup), do: {id, :sys.get_state(pid)}
IO.inspect(states)
