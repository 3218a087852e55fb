Logger.configure(level: :none)

defmodule T do
  use GenServer, restart: :transient

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    IO.puts("start #{id}")
    {:ok, id}
  end

  def handle_cast({:exit, reason}, id), do: {:stop, reason, id}
end

children = for id <- [:n, :s, :t, :boom], do: Supervisor.child_spec({T, id}, id: id)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

stop_child = fn id, reason ->
  {_, pid, _, _} = List.keyfind(Supervisor.which_children(sup), id, 0)
  ref = Process.monitor(pid)
  GenServer.cast(pid, {:exit, reason})
  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
end

stop_child.(:n, :normal)
stop_child.(:s, :shutdown)
stop_child.(:t, {:shutdown, :done})
stop_child.(:boom, :boom)

for {id, pid, type, modules} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), if(is_pid(pid), do: :pid, else: pid), type, modules})
end

IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.restart_child(sup, :n) |> elem(0))
IO.inspect(Supervisor.restart_child(sup, :n))
IO.inspect(Supervisor.delete_child(sup, :s))
IO.inspect(Supervisor.delete_child(sup, :boom))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
