# stopping a DynamicSupervisor (named) terminates all its children with :shutdown
defmodule W do
  use GenServer
  def start_link({parent, n}), do: GenServer.start_link(__MODULE__, {parent, n})
  def init({parent, n}) do
    Process.flag(:trap_exit, true)
    {:ok, {parent, n}}
  end
  def terminate(reason, {parent, n}), do: send(parent, {:terminated, n, reason})
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn)
IO.inspect(Process.whereis(:dyn) == sup)
for n <- 1..3, do: {:ok, _} = DynamicSupervisor.start_child(:dyn, {W, {self(), n}})
IO.inspect(DynamicSupervisor.stop(:dyn))
msgs =
  for _ <- 1..3 do
    receive do
      m -> m
    end
  end
IO.inspect(Enum.sort(msgs))
IO.inspect(Process.whereis(:dyn))
