Logger.configure(level: :none)
Process.flag(:trap_exit, true)

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
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
ref = Process.monitor(sup)

kill_b = fn ->
  [{_, pid, _, _}] = Enum.filter(Supervisor.which_children(sup), fn {id, _, _, _} -> id == :b end)
  ref = Process.monitor(pid)
  Process.exit(pid, :kill)
  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
end

for n <- 1..2 do
  kill_b.()
  IO.inspect(Supervisor.count_children(sup), label: "after kill #{n}")
end

IO.puts("third kill")
kill_b.()

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "supervisor down")
end

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "exit signal")
end
