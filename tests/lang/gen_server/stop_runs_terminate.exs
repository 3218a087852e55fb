# GenServer.stop/1,2 returns :ok and runs terminate/2 even though the server does not trap exits
Logger.configure(level: :none)

defmodule Stoppable do
  use GenServer

  def init(parent), do: {:ok, parent}

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    for args <- [[], [:normal], [:shutdown], [{:shutdown, :maintenance}], [:crash]] do
      {:ok, pid} = GenServer.start_link(Stoppable, self())
      IO.inspect(Process.info(pid, :trap_exit))
      IO.inspect(apply(GenServer, :stop, [pid | args]))
      receive do
        {:terminate, r} -> IO.inspect(r, label: "terminate")
      end
      IO.inspect(Process.alive?(pid))
    end
  end
end

Process.flag(:trap_exit, true)
Main.run()
