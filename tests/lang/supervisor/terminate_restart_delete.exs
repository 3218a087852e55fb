# terminate_child (:ok | {:error, :not_found}), restart_child ({:ok, pid} | {:error, :running}
# | {:error, :not_found}), delete_child ({:error, :running} while running, then :ok)
defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
  def init(s), do: {:ok, s}
end

{:ok, sup} = Supervisor.start_link([Supervisor.child_spec(W, id: :w)], strategy: :one_for_one)
IO.inspect(Supervisor.delete_child(sup, :w))
IO.inspect(Supervisor.restart_child(sup, :w))
IO.inspect(Supervisor.terminate_child(sup, :w))
IO.inspect(Supervisor.terminate_child(sup, :w))
IO.inspect(Supervisor.which_children(sup))
{:ok, pid} = Supervisor.restart_child(sup, :w)
IO.inspect(is_pid(pid))
IO.inspect(Supervisor.terminate_child(sup, :missing))
IO.inspect(Supervisor.restart_child(sup, :missing))
IO.inspect(Supervisor.delete_child(sup, :missing))
:ok = Supervisor.terminate_child(sup, :w)
IO.inspect(Supervisor.delete_child(sup, :w))
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.restart_child(sup, :w))
