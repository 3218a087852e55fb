# stopping a supervisor stops its children in reverse start order, each with :shutdown
defmodule W do
  use GenServer
  def start_link({id, parent}), do: GenServer.start_link(__MODULE__, {id, parent})
  def init({id, parent}) do
    Process.flag(:trap_exit, true)
    {:ok, {id, parent}}
  end
  def terminate(reason, {id, parent}), do: send(parent, {:terminated, id, reason})
end

me = self()
children = for id <- [:one, :two, :three, :four], do: Supervisor.child_spec({W, {id, me}}, id: id)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.stop(sup))
terminated =
  for _ <- 1..4 do
    receive do
      m -> m
    end
  end
IO.inspect(terminated)
IO.inspect(Process.alive?(sup))
