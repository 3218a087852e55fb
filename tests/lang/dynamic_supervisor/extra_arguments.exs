defmodule W do
  use GenServer
  def start_link(a, b, c), do: GenServer.start_link(__MODULE__, {a, b, c})
  def init(args), do: {:ok, args}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: [:x, :y])
{:ok, pid} = DynamicSupervisor.start_child(sup, %{id: W, start: {W, :start_link, [:z]}})
IO.inspect(GenServer.call(pid, :get))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: W, start: {W, :start_link, [:z, :extra]}}) |> elem(0))
Logger.configure(level: :none)
ref = Process.monitor(pid)
Process.exit(pid, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
[{:undefined, new_pid, :worker, [W]}] = DynamicSupervisor.which_children(sup)
IO.inspect(GenServer.call(new_pid, :get))
IO.inspect(new_pid == pid)
