# a module-based DynamicSupervisor: start_link(module, arg, opts) with init/1 returning
# DynamicSupervisor.init(opts)
defmodule W do
  use GenServer
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init(s), do: {:ok, s}
end

defmodule Pool do
  @behaviour DynamicSupervisor

  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(arg) do
    DynamicSupervisor.init(strategy: :one_for_one, max_children: 2, extra_arguments: [arg])
  end
end

IO.inspect(DynamicSupervisor.init(strategy: :one_for_one))
IO.inspect(DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 5, max_children: 9, extra_arguments: [1]))
{:ok, pid} = Pool.start_link(:pool_arg)
IO.inspect(Process.whereis(Pool) == pid)
{:ok, c} = DynamicSupervisor.start_child(Pool, %{id: W, start: {W, :start_link, [:child_arg]}})
IO.inspect(:sys.get_state(c))
{:ok, _} = DynamicSupervisor.start_child(Pool, %{id: W, start: {W, :start_link, [:second]}})
IO.inspect(DynamicSupervisor.start_child(Pool, %{id: W, start: {W, :start_link, [:third]}}))
