# DynamicSupervisor.start_link(strategy: :one_for_one) and start_child with {Mod, arg}, Mod or a map
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.which_children(sup))
{:ok, a} = DynamicSupervisor.start_child(sup, {W, :a})
{:ok, b} = DynamicSupervisor.start_child(sup, W)
{:ok, c} = DynamicSupervisor.start_child(sup, %{id: :ignored_id, start: {W, :start_link, [:c]}})
IO.inspect(Enum.map([a, b, c], &:sys.get_state/1))
{:links, links} = Process.info(a, :links)
IO.inspect(links == [sup])
IO.inspect(DynamicSupervisor.count_children(sup))
