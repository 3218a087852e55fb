# restarts of different children all count toward the same restart intensity
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, nil, name: name)
  def init(s), do: {:ok, s}
end

defmodule Main do
  def kill(name) do
    pid = Process.whereis(name)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    end
    Process.sleep(50)
  end

  def run do
    Process.flag(:trap_exit, true)
    children = for n <- [:p, :q], do: Supervisor.child_spec({W, n}, id: n)
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 1)
    kill(:p)
    IO.inspect(Process.alive?(sup), label: "after first crash")
    kill(:q)
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
    end
    IO.inspect({Process.whereis(:p), Process.whereis(:q)})
  end
end

Main.run()
