defmodule Loud do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def terminate(reason, id) do
    Process.sleep(10)
    IO.puts("stop #{id} #{inspect(reason)}")
  end
end

defmodule Quiet do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id)
  def init(id), do: {:ok, id}
  def terminate(_reason, id), do: IO.puts("never printed #{id}")
end

children =
  for id <- 1..5 do
    if id == 3,
      do: Supervisor.child_spec({Quiet, id}, id: id),
      else: Supervisor.child_spec({Loud, id}, id: id)
  end

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
{:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec({Loud, 6}, id: 6))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.puts("stop supervisor")
:ok = Supervisor.stop(sup, :normal)
IO.puts("stopped")
