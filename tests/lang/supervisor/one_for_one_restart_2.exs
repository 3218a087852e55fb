# :one_for_one: only the crashed child is restarted, under the same id
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id), do: {:ok, id}
end

defmodule Main do
  def pids(sup), do: Map.new(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, pid} end)

  def run do
    children = for id <- [:a, :b, :c], do: Supervisor.child_spec({W, id}, id: id)
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    before = pids(sup)
    ref = Process.monitor(before.b)
    Process.exit(before.b, :kill)
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    end
    Process.sleep(50)
    after_crash = pids(sup)
    IO.inspect(for id <- [:a, :b, :c], do: {id, before[id] == after_crash[id]})
    IO.inspect(Process.whereis(:b) == after_crash.b)
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()
