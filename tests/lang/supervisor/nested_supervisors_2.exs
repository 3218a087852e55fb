# supervisors nest: a child supervisor has type :supervisor; stopping the top stops the tree
defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, nil, name: name)
  def init(s), do: {:ok, s}
end

defmodule Inner do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, nil, name: :inner)
  def init(_), do: Supervisor.init([{W, :leaf}], strategy: :one_for_one)
end

{:ok, top} = Supervisor.start_link([Inner, {W, :sibling}], strategy: :one_for_one)
IO.inspect(Supervisor.which_children(top) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
IO.inspect(Supervisor.count_children(top))
IO.inspect(Supervisor.which_children(:inner) |> Enum.map(fn {id, _, type, _} -> {id, type} end))
leaf = Process.whereis(:leaf)
:ok = Supervisor.stop(top)
IO.inspect(Enum.map([:inner, :leaf, :sibling], &Process.whereis/1))
IO.inspect(Process.alive?(leaf))
