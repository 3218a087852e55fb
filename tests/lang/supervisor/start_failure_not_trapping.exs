# a supervisor start failure also reaches a non-trapping caller as an EXIT signal:
# the caller dies with {:shutdown, {:failed_to_start_child, id, reason}}
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, nil)
  def init(_), do: {:stop, :nope}
end

defmodule Main do
  def run do
    {pid, ref} = spawn_monitor(fn -> Supervisor.start_link([W], strategy: :one_for_one) end)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "caller exit")
    end
  end
end

Main.run()
