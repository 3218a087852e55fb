# a child that traps exits and hangs in terminate is killed after its :shutdown timeout
defmodule Stubborn do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    Process.flag(:trap_exit, true)
    send(parent, {:child, self()})
    {:ok, parent}
  end
  def terminate(reason, parent) do
    send(parent, {:terminate_started, reason})
    Process.sleep(5000)
  end
end

defmodule Main do
  def run do
    spec = Supervisor.child_spec({Stubborn, self()}, shutdown: 50)
    {:ok, sup} = Supervisor.start_link([spec], strategy: :one_for_one)
    child = receive do {:child, c} -> c end
    ref = Process.monitor(child)
    t0 = System.monotonic_time(:millisecond)
    IO.inspect(Supervisor.terminate_child(sup, Stubborn))
    elapsed = System.monotonic_time(:millisecond) - t0
    receive do
      {:terminate_started, r} -> IO.inspect(r, label: "terminate started")
    end
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "child exit")
    end
    IO.inspect(elapsed >= 40 and elapsed < 1000)
  end
end

Main.run()
