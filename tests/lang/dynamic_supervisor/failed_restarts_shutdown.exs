Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule OnceOnly do
  use GenServer

  def start_link(id) do
    key = {:started, id}

    if :persistent_term.get(key, false) do
      {:error, :not_again}
    else
      :persistent_term.put(key, true)
      GenServer.start_link(__MODULE__, id)
    end
  end

  def init(id) do
    Process.flag(:trap_exit, true)
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{inspect(id)} #{inspect(reason)}")
end

{:ok, sup} = DynamicSupervisor.start_link(max_restarts: 5)
{:ok, a} = DynamicSupervisor.start_child(sup, {OnceOnly, :a})
{:ok, _b} = DynamicSupervisor.start_child(sup, {OnceOnly, :b})
Process.exit(a, :kill)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "dynamic supervisor exit")
end

for strategy <- [:one_for_one, :rest_for_one, :one_for_all] do
  children = for id <- [1, 2, 3], do: Supervisor.child_spec({OnceOnly, {strategy, id}}, id: id)
  {:ok, sup} = Supervisor.start_link(children, strategy: strategy, max_restarts: 4)
  {_, pid, _, _} = List.keyfind(Supervisor.which_children(sup), 2, 0)
  Process.exit(pid, :kill)

  receive do
    {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "#{strategy} exit")
  end
end
