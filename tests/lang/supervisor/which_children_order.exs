# which_children lists children in reverse start order as {id, pid, type, modules};
# children added with start_child come first
defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
  def init(s), do: {:ok, s}
end

defmodule SubSup do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, nil)
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

children = [
  Supervisor.child_spec(W, id: :first),
  Supervisor.child_spec(W, id: :second),
  SubSup,
  Supervisor.child_spec(W, id: :third)
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
show = fn -> Enum.map(Supervisor.which_children(sup), fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end) end
IO.inspect(show.())
{:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec(W, id: :added))
IO.inspect(Enum.map(show.(), &elem(&1, 0)))
:ok = Supervisor.terminate_child(sup, :second)
IO.inspect(Enum.map(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, is_pid(pid) || pid} end))
