Logger.configure(level: :none)

defmodule Loud do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

children = for id <- [:a, :b, :c, :d], do: Supervisor.child_spec({Loud, id}, id: id)
{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one)
pids = fn -> Map.new(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, pid} end) end
before = pids.()
IO.puts("crash b")
GenServer.stop(before[:b], :boom)
after_ = pids.()
IO.inspect(for id <- [:a, :b, :c, :d], do: {id, before[id] == after_[id]})
IO.puts("crash d")
GenServer.stop(after_[:d], :boom)
last = pids.()
IO.inspect(for id <- [:a, :b, :c, :d], do: {id, last[id] == after_[id]})
IO.puts("crash a")
Process.exit(last[:a], :kill)
Process.sleep(50)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.puts("stopping")
Supervisor.stop(sup)
IO.puts("done")
