# max_restarts: 0 means the first child exit takes the supervisor down with :shutdown
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :only)
  def init(s), do: {:ok, s}
end

Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([W], strategy: :one_for_one, max_restarts: 0)
Process.exit(Process.whereis(:only), :kill)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end
IO.inspect(Process.whereis(:only))
