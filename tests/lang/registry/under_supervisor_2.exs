# a Registry as a supervisor child ({Registry, keys: :unique, name: n}) with via-named workers
defmodule Worker do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: {:via, Registry, {Workers, id}})
  def init(id), do: {:ok, id}
  def handle_call(:id, _from, id), do: {:reply, id, id}
end

children = [
  {Registry, keys: :unique, name: Workers},
  Supervisor.child_spec({Worker, :w1}, id: :w1),
  Supervisor.child_spec({Worker, :w2}, id: :w2)
]
{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, _} -> {id, type} end))
IO.inspect(GenServer.call({:via, Registry, {Workers, :w2}}, :id))
IO.inspect(Registry.lookup(Workers, :w1) |> Enum.map(fn {p, v} -> {is_pid(p), v} end))
IO.inspect(Registry.child_spec(keys: :unique, name: Workers))
