# count_children returns %{specs:, active:, supervisors:, workers:}
defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
  def init(s), do: {:ok, s}
end

{:ok, inner} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(Supervisor.count_children(inner))
children = [
  Supervisor.child_spec(W, id: :w1),
  Supervisor.child_spec(W, id: :w2),
  %{id: :sub, start: {Supervisor, :start_link, [[], [strategy: :one_for_one]]}, type: :supervisor}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.count_children(sup))
:ok = Supervisor.terminate_child(sup, :w1)
IO.inspect(Supervisor.count_children(sup))
:ok = Supervisor.delete_child(sup, :w1)
IO.inspect(Supervisor.count_children(sup))
