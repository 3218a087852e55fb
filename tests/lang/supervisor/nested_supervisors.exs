defmodule Loud do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

defmodule Inner do
  use Supervisor

  def start_link(name), do: Supervisor.start_link(__MODULE__, name)

  def init(name) do
    children = for i <- 1..2, do: Supervisor.child_spec({Loud, "#{name}.#{i}"}, id: i)
    Supervisor.init(children, strategy: :one_for_one)
  end
end

children = [
  Supervisor.child_spec({Loud, "top.1"}, id: :w1),
  Supervisor.child_spec({Inner, "inner_a"}, id: :inner_a),
  Supervisor.child_spec({Loud, "top.2"}, id: :w2),
  Supervisor.child_spec({Inner, "inner_b"}, id: :inner_b)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, mods})
end

IO.inspect(Supervisor.count_children(sup))
{_, inner_a, _, _} = List.keyfind(Supervisor.which_children(sup), :inner_a, 0)
IO.inspect(Supervisor.count_children(inner_a))
IO.puts("terminate inner_a")
Supervisor.terminate_child(sup, :inner_a)
IO.inspect(Process.alive?(inner_a))
IO.puts("stop all")
Supervisor.stop(sup)
