Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule W do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)

  def init({id, :ok}) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def init({_id, :stop}), do: {:stop, :nope}
  def init({_id, :raise}), do: raise(ArgumentError, "bad init")
  def init({_id, :bad}), do: :what

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

defmodule Starter do
  def error(reason), do: {:error, reason}
  def other(), do: :something_else
  def raises(), do: raise("start raised")
  def exits(), do: exit(:start_exited)
  def throws(), do: throw({:ok, :thrown})
  def not_pid(), do: {:ok, :not_a_pid}
end

spec = fn id, how -> Supervisor.child_spec({W, {id, how}}, id: id) end

IO.inspect(Supervisor.start_link([spec.(:a, :ok), spec.(:b, :ok), spec.(:c, :stop), spec.(:d, :ok)], strategy: :one_for_one))
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
end

{:error, {:shutdown, {:failed_to_start_child, :r, {%ArgumentError{message: msg}, stack}}}} =
  Supervisor.start_link([spec.(:r, :raise)], strategy: :one_for_one)
IO.inspect({msg, is_list(stack)})
IO.inspect(Supervisor.start_link([spec.(:x, :bad)], strategy: :one_for_one))

for f <- [:error, :other, :exits, :throws, :not_pid] do
  args = if f == :error, do: [:why], else: []
  IO.inspect(Supervisor.start_link([%{id: f, start: {Starter, f, args}}], strategy: :one_for_one))
end

{:error, {:shutdown, {:failed_to_start_child, :raises, {:EXIT, {%RuntimeError{message: m}, _}}}}} =
  Supervisor.start_link([%{id: :raises, start: {Starter, :raises, []}}], strategy: :one_for_one)
IO.inspect(m)

{:error, {:shutdown, {:failed_to_start_child, :undef, {:EXIT, {:undef, [{Starter, :nope, [1], _} | _]}}}}} =
  Supervisor.start_link([%{id: :undef, start: {Starter, :nope, [1]}}], strategy: :one_for_one)
IO.puts("undef ok")

flush = fn flush ->
  receive do
    {:EXIT, _, reason} -> [reason | flush.(flush)]
  after
    0 -> []
  end
end

IO.inspect(length(flush.(flush)))
