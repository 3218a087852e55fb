# a child whose start raises: {:failed_to_start_child, id, {exception, stack}};
# a child whose start returns :ignore is kept with pid :undefined
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(:raise), do: GenServer.start_link(__MODULE__, :raise)
  def start_link(:ignore), do: :ignore
  def start_link(:not_ok), do: :not_a_valid_return
  def init(:raise), do: raise("init exploded")
end

Process.flag(:trap_exit, true)
{:error, {:shutdown, {:failed_to_start_child, :r, {e, stack}}}} =
  Supervisor.start_link([Supervisor.child_spec({W, :raise}, id: :r)], strategy: :one_for_one)
IO.inspect({e, is_list(stack)})
{:ok, sup} = Supervisor.start_link([Supervisor.child_spec({W, :ignore}, id: :i)], strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.start_link([Supervisor.child_spec({W, :not_ok}, id: :n)], strategy: :one_for_one))
