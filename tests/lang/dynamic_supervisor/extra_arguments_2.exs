# extra_arguments are prepended to the child's start arguments
defmodule W do
  use GenServer
  def start_link(tenant, region, arg), do: GenServer.start_link(__MODULE__, {tenant, region, arg})
  def init(s), do: {:ok, s}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: [:acme, :eu])
{:ok, pid} = DynamicSupervisor.start_child(sup, %{id: W, start: {W, :start_link, [:job1]}})
IO.inspect(:sys.get_state(pid))
