# max_children: start_child beyond the limit returns {:error, :max_children}
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 2)
{:ok, a} = DynamicSupervisor.start_child(sup, {W, 1})
{:ok, _} = DynamicSupervisor.start_child(sup, {W, 2})
IO.inspect(DynamicSupervisor.start_child(sup, {W, 3}))
IO.inspect(DynamicSupervisor.count_children(sup).active)
:ok = DynamicSupervisor.terminate_child(sup, a)
{:ok, _} = DynamicSupervisor.start_child(sup, {W, 4})
IO.inspect(DynamicSupervisor.start_child(sup, {W, 5}))
