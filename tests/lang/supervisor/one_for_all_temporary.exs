Logger.configure(level: :none)

defmodule Loud do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

for strategy <- [:one_for_all, :rest_for_one] do
  IO.puts("--- #{strategy}")

  children = [
    Supervisor.child_spec({Loud, :a}, id: :a),
    Supervisor.child_spec({Loud, :temp}, id: :temp, restart: :temporary),
    Supervisor.child_spec({Loud, :stopped}, id: :stopped),
    Supervisor.child_spec({Loud, :trans}, id: :trans, restart: :transient),
    Supervisor.child_spec({Loud, :last}, id: :last)
  ]

  {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
  :ok = Supervisor.terminate_child(sup, :stopped)
  {_, pid, _, _} = List.keyfind(Supervisor.which_children(sup), :a, 0)
  IO.puts("crash a")
  ref = Process.monitor(pid)
  Process.exit(pid, :kill)

  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end

  IO.inspect(for {id, pid, _, _} <- Supervisor.which_children(sup), do: {id, is_pid(pid)})
  Supervisor.stop(sup)
end
