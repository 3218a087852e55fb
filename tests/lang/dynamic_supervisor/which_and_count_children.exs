# which_children gives {:undefined, pid, type, modules}; count_children counts workers/supervisors
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.count_children(sup))
{:ok, w} = DynamicSupervisor.start_child(sup, {W, 1})
{:ok, s} = DynamicSupervisor.start_child(sup, %{id: :sub, start: {DynamicSupervisor, :start_link, [[strategy: :one_for_one]]}, type: :supervisor})
children = DynamicSupervisor.which_children(sup)
IO.inspect(length(children))
for pid <- [w, s] do
  {id, ^pid, type, modules} = Enum.find(children, fn {_, p, _, _} -> p == pid end)
  IO.inspect({id, type, modules})
end
IO.inspect(DynamicSupervisor.count_children(sup))
