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

children = for id <- [:a, :b], do: Supervisor.child_spec({Loud, id}, id: id)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
show = fn -> IO.inspect(for {id, pid, _, _} <- Supervisor.which_children(sup), do: {id, is_pid(pid)}) end

IO.inspect(Supervisor.delete_child(sup, :a), label: "delete running")
IO.inspect(Supervisor.restart_child(sup, :a), label: "restart running")
IO.inspect(Supervisor.terminate_child(sup, :a), label: "terminate")
show.()
IO.inspect(Supervisor.terminate_child(sup, :a), label: "terminate again")
IO.inspect(Supervisor.terminate_child(sup, :zzz), label: "terminate unknown")
IO.inspect(Supervisor.terminate_child(sup, self()), label: "terminate pid")
{:ok, pid} = Supervisor.restart_child(sup, :a)
IO.inspect(is_pid(pid), label: "restarted")
show.()
IO.inspect(Supervisor.count_children(sup))
:ok = Supervisor.terminate_child(sup, :b)
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.delete_child(sup, :b), label: "delete stopped")
IO.inspect(Supervisor.delete_child(sup, :b), label: "delete again")
IO.inspect(Supervisor.restart_child(sup, :b), label: "restart deleted")
show.()
{:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec({Loud, :b}, id: :b))
show.()
Supervisor.stop(sup)
