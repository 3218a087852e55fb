Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_info(arg), do: {:ok, elem(start_link(arg), 1), {:extra, arg}}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(arg), do: {:ok, arg}
end

defmodule Starter do
  def raises(), do: raise(ArgumentError, "oops")
  def exits(), do: exit(:gone)
  def throws(), do: throw(:ball)
  def odd(), do: :odd
  def error(), do: {:error, :plain}
end

{:ok, sup} = DynamicSupervisor.start_link([])
{:ok, pid, info} = DynamicSupervisor.start_child(sup, %{id: 1, start: {W, :start_info, [:i]}})
IO.inspect({is_pid(pid), info})
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :stop}))
{:error, {%ArgumentError{message: m}, stack}} = DynamicSupervisor.start_child(sup, %{id: 1, start: {Starter, :raises, []}})
IO.inspect({m, is_list(stack)})
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Starter, :exits, []}}))
{:error, {{:nocatch, :ball}, _}} = DynamicSupervisor.start_child(sup, %{id: 1, start: {Starter, :throws, []}})
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Starter, :odd, []}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Starter, :error, []}}))
{:error, {:undef, [{Starter, :missing, [], _} | _]}} = DynamicSupervisor.start_child(sup, %{id: 1, start: {Starter, :missing, []}})
IO.inspect(DynamicSupervisor.count_children(sup))
