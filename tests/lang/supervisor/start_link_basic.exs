defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

children = [
  %{id: :a, start: {Worker, :start_link, [1]}},
  %{id: :b, start: {Worker, :start_link, [2]}, type: :worker},
  Supervisor.child_spec({Worker, 3}, id: :c)
]

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(is_pid(sup))

for {id, pid, type, modules} <- Supervisor.which_children(sup) do
  IO.inspect({id, is_pid(pid), type, modules, GenServer.call(pid, :get)})
end

IO.inspect(Supervisor.count_children(sup))
IO.inspect(Process.info(sup, :links) |> elem(1) |> length())
IO.inspect(Supervisor.stop(sup))
IO.inspect(Process.alive?(sup))
