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

children = for id <- [:a, :b, :c], do: Supervisor.child_spec({Loud, id}, id: id)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
before = Map.new(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, pid} end)
ref = Process.monitor(before[:b])
Process.exit(before[:b], :kill)
reason = receive do
  {:DOWN, ^ref, _, _, reason} -> reason
end

# the restart is done by the time the supervisor answers
after_ = Map.new(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, pid} end)
IO.inspect(reason, label: "b died")
IO.inspect(for id <- [:a, :b, :c], do: {id, before[id] == after_[id]})
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))

GenServer.stop(after_[:c], :crash)
IO.inspect(Supervisor.count_children(sup))
IO.puts("stopping")
Supervisor.stop(sup)
IO.puts("done")
