Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule Loud do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

{:ok, sup} = DynamicSupervisor.start_link(max_restarts: 1, max_seconds: 10)
{:ok, keep} = DynamicSupervisor.start_child(sup, {Loud, :keeper})
{:ok, victim} = DynamicSupervisor.start_child(sup, {Loud, :victim})

kill = fn pid ->
  ref = Process.monitor(pid)
  Process.exit(pid, :kill)
  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
end

kill.(victim)
IO.inspect(DynamicSupervisor.count_children(sup), label: "after first kill")
[again] = for {_, pid, _, _} <- DynamicSupervisor.which_children(sup), pid != keep, do: pid
kill.(again)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end

IO.inspect(Process.alive?(keep))
