defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
base = %{id: :w, start: {W, :start_link, [1]}}

for spec <- [
      %{start: {W, :start_link, [1]}},
      %{id: :w},
      Map.put(base, :start, {W, :start_link}),
      Map.put(base, :start, {W, "start_link", []}),
      Map.put(base, :restart, :maybe),
      Map.put(base, :shutdown, 0),
      Map.put(base, :shutdown, -1),
      Map.put(base, :shutdown, :soon),
      Map.put(base, :modules, :x),
      Map.put(base, :modules, [W, 1]),
      {:w, {W, :start_link, [1]}, :permanent, :bad, :worker, [W]}
    ] do
  IO.inspect(DynamicSupervisor.start_child(sup, spec))
end

try do
  DynamicSupervisor.start_child(sup, Map.put(base, :type, :boss))
rescue
  e in CaseClauseError -> IO.inspect(e)
end

IO.inspect(DynamicSupervisor.start_child(sup, {:w, {W, :start_link, [1]}, :permanent, 100, :boss, [W]}))

try do
  DynamicSupervisor.start_child(sup, 42)
rescue
  e in ArgumentError -> IO.puts(String.slice(e.message, 0, 40))
end

IO.inspect(DynamicSupervisor.start_child(sup, {:w, {W, :start_link, [1]}, :permanent, 100, :worker, [W]}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, Map.put(base, :shutdown, :brutal_kill)) |> elem(0))
IO.inspect(DynamicSupervisor.count_children(sup))
