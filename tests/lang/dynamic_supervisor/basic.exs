defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.which_children(sup))
IO.inspect(DynamicSupervisor.count_children(sup))
{:ok, a} = DynamicSupervisor.start_child(sup, {W, :a})
{:ok, b} = DynamicSupervisor.start_child(sup, %{id: :same, start: {W, :start_link, [:b]}, type: :supervisor})
{:ok, c} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :c}, id: :same))
IO.inspect(Enum.map([a, b, c], &GenServer.call(&1, :get)))
children = DynamicSupervisor.which_children(sup)
IO.inspect(Enum.sort(for {id, pid, type, mods} <- children, do: {id, GenServer.call(pid, :get), type, mods}))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(Process.alive?(b))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.terminate_child(sup, self()))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.stop(sup))
IO.inspect({Process.alive?(a), Process.alive?(c)})
