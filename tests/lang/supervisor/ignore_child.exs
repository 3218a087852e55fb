defmodule W do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  def init({id, :ignore}) do
    IO.puts("ignoring #{id}")
    :ignore
  end

  def init({id, _}) do
    IO.puts("start #{id}")
    {:ok, id}
  end
end

children = [
  Supervisor.child_spec({W, {:a, :run}}, id: :a),
  Supervisor.child_spec({W, {:b, :ignore}}, id: :b),
  Supervisor.child_spec({W, {:c, :ignore}}, id: :c, restart: :temporary),
  Supervisor.child_spec({W, {:d, :run}}, id: :d, type: :supervisor)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all)

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, if(is_pid(pid), do: :pid, else: pid), type, mods})
end

IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.restart_child(sup, :b))
IO.inspect(Supervisor.restart_child(sup, :c))
IO.inspect(Supervisor.delete_child(sup, :b))
IO.inspect(Supervisor.count_children(sup))
