Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id)
  def init(id), do: {:ok, id}
end

{:ok, sup} = Supervisor.start_link([{W, 1}], strategy: :one_for_one, max_restarts: 0)
[{W, pid, :worker, [W]}] = Supervisor.which_children(sup)
Process.exit(pid, :boom)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end

IO.inspect(Process.alive?(pid))

# a normal exit of a permanent child is still a restart
{:ok, sup} = Supervisor.start_link([%{id: :t, start: {W, :start_link, [2]}}], strategy: :one_for_one, max_restarts: 0)
[{:t, pid, _, _}] = Supervisor.which_children(sup)
GenServer.stop(pid)

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end
