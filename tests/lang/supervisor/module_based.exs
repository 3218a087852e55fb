Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  def init(arg) do
    IO.puts("worker #{inspect(arg)}")
    {:ok, arg}
  end
end

defmodule MySup do
  use Supervisor

  def start_link(arg, opts \\ []), do: Supervisor.start_link(__MODULE__, arg, opts)

  def init(:ignore), do: :ignore
  def init(:bad), do: {:ok, :not_flags}
  def init(:weird), do: :weird
  def init(:raise), do: raise("init failed")
  def init(:erlang_flags), do: {:ok, {{:one_for_all, 2, 10}, [Supervisor.child_spec({Worker, :e}, id: :e)]}}
  def init(:map_flags), do: {:ok, {%{}, [Supervisor.child_spec({Worker, :m}, id: :m)]}}

  def init(n) when is_integer(n) do
    children = for i <- 1..n, do: Supervisor.child_spec({Worker, i}, id: i)
    Supervisor.init(children, strategy: :one_for_one, max_restarts: 10)
  end
end

{:ok, sup} = MySup.start_link(3)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(:sys.get_state(sup) |> is_tuple() or :sys.get_state(sup) |> is_map())
IO.inspect(MySup.child_spec(:x))
IO.inspect(MySup.start_link(:ignore))
IO.inspect(MySup.start_link(:bad))
IO.inspect(MySup.start_link(:weird))
{:error, {%RuntimeError{message: msg}, _}} = MySup.start_link(:raise)
IO.inspect(msg)
{:ok, s1} = MySup.start_link(:erlang_flags)
IO.inspect(Supervisor.count_children(s1))
{:ok, s2} = MySup.start_link(:map_flags)
IO.inspect(Supervisor.count_children(s2))

flush = fn flush ->
  receive do
    {:EXIT, _, reason} -> [reason | flush.(flush)]
  after
    0 -> []
  end
end

# the supervisors that failed to start exit concurrently on a multi-core
# BEAM, so their EXIT messages may come in either order: sorted
IO.inspect(flush.(flush) |> Enum.map(fn
  {%RuntimeError{}, _} -> :runtime_error
  other -> other
end) |> Enum.sort())
