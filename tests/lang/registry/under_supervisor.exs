defmodule Worker do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: {:via, Registry, {Workers, name}})
  def init(name), do: {:ok, name}
  def handle_call(:name, _from, name), do: {:reply, name, name}
end

IO.inspect(Registry.child_spec(keys: :unique, name: Workers))
IO.inspect(Registry.child_spec(keys: :unique))

children = [
  {Registry, keys: :unique, name: Workers},
  Supervisor.child_spec({Worker, "w1"}, id: :w1),
  Supervisor.child_spec({Worker, "w2"}, id: :w2)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one)

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, mods})
end

IO.inspect(Supervisor.which_children(Workers) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
IO.inspect(Supervisor.count_children(Workers))
IO.inspect(GenServer.call({:via, Registry, {Workers, "w2"}}, :name))
IO.inspect(Registry.count(Workers))
IO.inspect(Enum.sort(for {_, pid, _, _} <- Supervisor.which_children(sup), id <- Registry.keys(Workers, pid), do: id))
Supervisor.stop(sup)
IO.inspect(Process.whereis(Workers))
