# start_child adds a child: {:ok, pid}; an id already running gives {:error, {:already_started, pid}};
# an id whose child is stopped gives {:error, :already_present}; a failing start gives {:error, _}
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(:fail), do: GenServer.start_link(__MODULE__, :fail)
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:fail), do: {:stop, :cannot}
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
{:ok, pid} = Supervisor.start_child(sup, Supervisor.child_spec({W, 1}, id: :one))
IO.inspect(is_pid(pid))
{:error, {:already_started, p}} = Supervisor.start_child(sup, Supervisor.child_spec({W, 2}, id: :one))
IO.inspect(p == pid)
:ok = Supervisor.terminate_child(sup, :one)
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, 3}, id: :one)))
{:error, {reason, _child}} = Supervisor.start_child(sup, Supervisor.child_spec({W, :fail}, id: :two))
IO.inspect(reason)
IO.inspect(Enum.map(Supervisor.which_children(sup), &elem(&1, 0)))
{:ok, pid3} = Supervisor.start_child(sup, %{id: :three, start: {W, :start_link, [:map_spec]}})
IO.inspect(:sys.get_state(pid3))
{:ok, _} = Supervisor.start_child(sup, {W, :tuple_spec})
IO.inspect(Enum.map(Supervisor.which_children(sup), &elem(&1, 0)))
