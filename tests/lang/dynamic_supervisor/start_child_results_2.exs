# start_child returns {:ok, pid}, :ignore or {:error, reason} ({:error, {exception, stack}} for a raise)
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :refused}
  def init(:raise), do: raise("init raised")
  def init(:bad), do: :bad_value
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ok}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :stop}))
{:error, {e, stack}} = DynamicSupervisor.start_child(sup, {W, :raise})
IO.inspect({e, is_list(stack)})
IO.inspect(DynamicSupervisor.start_child(sup, {W, :bad}))
IO.inspect(DynamicSupervisor.count_children(sup))
