defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

children = [
  {DynamicSupervisor, name: MyApp.Dyn, strategy: :one_for_one, max_children: 5},
  {DynamicSupervisor, name: {:global, :gdyn}}
]

IO.inspect(DynamicSupervisor.child_spec(name: MyApp.Dyn))
IO.inspect(DynamicSupervisor.child_spec([]))
IO.inspect(DynamicSupervisor.child_spec(name: {:via, Foo, :bar}))
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, mods})
end

IO.inspect(Supervisor.count_children(sup))
{:ok, pid} = DynamicSupervisor.start_child(MyApp.Dyn, {W, 42})
IO.inspect(GenServer.call(pid, :get))
{:ok, _} = DynamicSupervisor.start_child({:global, :gdyn}, {W, 43})
IO.inspect(DynamicSupervisor.count_children({:global, :gdyn}))
IO.inspect(DynamicSupervisor.which_children(MyApp.Dyn) |> length())
Supervisor.stop(sup)
IO.inspect(Process.alive?(pid))
IO.inspect(Process.whereis(MyApp.Dyn))
