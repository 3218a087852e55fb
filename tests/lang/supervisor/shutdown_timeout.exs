defmodule Stubborn do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  def init({id, delay}) do
    Process.flag(:trap_exit, true)
    {:ok, {id, delay}}
  end

  def terminate(_reason, {id, delay}) do
    IO.puts("#{id} cleaning up")
    Process.sleep(delay)
    IO.puts("#{id} finished cleaning")
  end
end

children = [
  Supervisor.child_spec({Stubborn, {:slow, 1000}}, id: :slow, shutdown: 50),
  Supervisor.child_spec({Stubborn, {:quick, 10}}, id: :quick, shutdown: 500),
  Supervisor.child_spec({Stubborn, {:brutal, 10}}, id: :brutal, shutdown: :brutal_kill),
  Supervisor.child_spec({Stubborn, {:patient, 20}}, id: :patient, shutdown: :infinity)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
pids = Map.new(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, pid} end)
refs = Map.new(pids, fn {id, pid} -> {Process.monitor(pid), id} end)
Supervisor.stop(sup)

for _ <- 1..4 do
  receive do
    {:DOWN, ref, :process, _, reason} -> IO.inspect({refs[ref], reason})
  end
end
