# restart: :temporary children are never restarted and their spec is removed when they exit
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id), do: {:ok, id}
end

defmodule Main do
  def run do
    children = [
      Supervisor.child_spec({W, :temp}, id: :temp, restart: :temporary),
      Supervisor.child_spec({W, :perm}, id: :perm)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    pid = Process.whereis(:temp)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r)
    end
    Process.sleep(50)
    IO.inspect(Enum.map(Supervisor.which_children(sup), &elem(&1, 0)))
    IO.inspect(Supervisor.count_children(sup))
    IO.inspect(Supervisor.restart_child(sup, :temp))
  end
end

Main.run()
