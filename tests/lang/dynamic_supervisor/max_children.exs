defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 2)
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
{:ok, a} = DynamicSupervisor.start_child(sup, {W, 1})
{:ok, _} = DynamicSupervisor.start_child(sup, {W, 2})
IO.inspect(DynamicSupervisor.start_child(sup, {W, 3}))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
:ok = DynamicSupervisor.terminate_child(sup, a)
IO.inspect(DynamicSupervisor.start_child(sup, {W, 4}) |> elem(0))
IO.inspect(DynamicSupervisor.count_children(sup))

{:ok, zero} = DynamicSupervisor.start_link(max_children: 0)
IO.inspect(DynamicSupervisor.start_child(zero, {W, 1}))
Process.flag(:trap_exit, true)
IO.inspect(DynamicSupervisor.start_link(max_children: -1))
IO.inspect(DynamicSupervisor.start_link(max_children: :lots))
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_all))
IO.inspect(DynamicSupervisor.start_link(max_restarts: :x))
IO.inspect(DynamicSupervisor.start_link(max_seconds: 0))
IO.inspect(DynamicSupervisor.start_link(extra_arguments: :x))
IO.inspect(DynamicSupervisor.init(max_children: 5, extra_arguments: [1]))
IO.inspect(DynamicSupervisor.init([]))
