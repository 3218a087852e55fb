# shutdown: :brutal_kill kills the child at once: terminate/2 does not run
defmodule Trapper do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    Process.flag(:trap_exit, true)
    send(parent, {:child, self()})
    {:ok, parent}
  end
  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    spec = Supervisor.child_spec({Trapper, self()}, shutdown: :brutal_kill, id: :brutal)
    {:ok, sup} = Supervisor.start_link([spec], strategy: :one_for_one)
    child = receive do {:child, c} -> c end
    ref = Process.monitor(child)
    IO.inspect(Supervisor.terminate_child(sup, :brutal))
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "child exit")
    end
    receive do
      {:terminate, r} -> IO.inspect(r, label: "terminate ran")
    after
      30 -> IO.puts("terminate did not run")
    end
  end
end

Main.run()
