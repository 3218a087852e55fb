# a module-based supervisor: use Supervisor, init/1 returning Supervisor.init(children, opts);
# its child_spec/1 has type: :supervisor
defmodule W do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: String.to_atom("w" <> Integer.to_string(n)))
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
end

defmodule MySup do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(count) do
    children = for n <- 1..count, do: Supervisor.child_spec({W, n}, id: n)
    Supervisor.init(children, strategy: :one_for_all, max_restarts: 1)
  end
end

IO.inspect(MySup.child_spec(:arg))
{:ok, sup} = MySup.start_link(3)
IO.inspect(Process.whereis(MySup) == sup)
IO.inspect(Enum.map(Supervisor.which_children(MySup), &elem(&1, 0)))
IO.inspect(GenServer.call(:w2, :get))
IO.inspect(Supervisor.count_children(MySup))
