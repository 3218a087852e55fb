# a child failing to start: start_link returns {:error, {:shutdown, {:failed_to_start_child, id, reason}}}
# and the children already started are stopped again
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link({id, parent, how}), do: GenServer.start_link(__MODULE__, {id, parent, how})
  def init({_id, _parent, :stop}), do: {:stop, :bad_child}
  def init({_id, _parent, :bad}), do: :what
  def init({id, parent, :ok}) do
    Process.flag(:trap_exit, true)
    {:ok, {id, parent}}
  end
  def terminate(reason, {id, parent}), do: send(parent, {:terminated, id, reason})
end

Process.flag(:trap_exit, true)
me = self()
children = [
  Supervisor.child_spec({W, {:a, me, :ok}}, id: :a),
  Supervisor.child_spec({W, {:b, me, :ok}}, id: :b),
  Supervisor.child_spec({W, {:c, me, :stop}}, id: :c),
  Supervisor.child_spec({W, {:d, me, :ok}}, id: :d)
]
IO.inspect(Supervisor.start_link(children, strategy: :one_for_one))
terminated =
  for _ <- 1..2 do
    receive do
      {:terminated, _, _} = m -> m
    end
  end
IO.inspect(terminated)
bad = [Supervisor.child_spec({W, {:x, me, :bad}}, id: :x)]
IO.inspect(Supervisor.start_link(bad, strategy: :one_for_one))
