Logger.configure(level: :none)

defmodule Tmp do
  use GenServer, restart: :temporary

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    IO.puts("start #{id}")
    {:ok, id}
  end

  def handle_cast({:exit, reason}, id), do: {:stop, reason, id}
end

children = for id <- [:x, :y, :z], do: Supervisor.child_spec({Tmp, id}, id: id)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)

stop_child = fn id, reason ->
  {_, pid, _, _} = List.keyfind(Supervisor.which_children(sup), id, 0)
  ref = Process.monitor(pid)
  GenServer.cast(pid, {:exit, reason})
  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
end

stop_child.(:x, :boom)
stop_child.(:y, :normal)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :z))
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.terminate_child(sup, :z))
IO.inspect(Supervisor.restart_child(sup, :z))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Tmp, :w}, id: :w)) |> elem(0))
IO.inspect(Supervisor.start_child(sup, %{id: :i, start: {:erlang, :apply, [fn -> :ignore end, []]}, restart: :temporary}))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
