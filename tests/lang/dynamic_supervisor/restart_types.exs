Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    IO.puts("start #{id}")
    {:ok, id}
  end

  def handle_call(:id, _from, id), do: {:reply, id, id}
  def handle_cast({:exit, reason}, id), do: {:stop, reason, id}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_restarts: 10)

ids = fn ->
  DynamicSupervisor.which_children(sup)
  |> Enum.map(fn {_, pid, _, _} -> GenServer.call(pid, :id) end)
  |> Enum.sort()
end

stop = fn pid, reason ->
  ref = Process.monitor(pid)
  GenServer.cast(pid, {:exit, reason})
  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
end

{:ok, perm} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :perm}, restart: :permanent))
{:ok, trans1} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :trans1}, restart: :transient))
{:ok, trans2} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :trans2}, restart: :transient))
{:ok, temp} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({W, :temp}, restart: :temporary))

stop.(perm, :normal)
IO.inspect(ids.(), label: "after perm normal")
stop.(trans1, :normal)
IO.inspect(ids.(), label: "after trans1 normal")
stop.(trans2, :crash)
IO.inspect(ids.(), label: "after trans2 crash")
stop.(temp, :crash)
IO.inspect(ids.(), label: "after temp crash")
IO.inspect(DynamicSupervisor.count_children(sup))
