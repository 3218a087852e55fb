Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = Supervisor.start_link([W], strategy: :one_for_one, name: MySupervisor)
IO.inspect(Process.whereis(MySupervisor) == sup)
IO.inspect(Supervisor.start_link([W], strategy: :one_for_one, name: MySupervisor) == {:error, {:already_started, sup}})
IO.inspect(Supervisor.which_children(MySupervisor) |> Enum.map(&elem(&1, 0)))
IO.inspect(Supervisor.count_children(MySupervisor))

try do
  Supervisor.start_link([W], strategy: :one_for_one, name: "bad")
rescue
  e in ArgumentError -> IO.puts(e.message)
end

{:ok, g} = Supervisor.start_link([W], strategy: :one_for_one, name: {:global, :gsup})
IO.inspect(GenServer.whereis({:global, :gsup}) == g)
IO.inspect(Supervisor.count_children({:global, :gsup}))
IO.inspect(Supervisor.stop(MySupervisor))
IO.inspect(Process.whereis(MySupervisor))

try do
  Supervisor.which_children(MySupervisor)
catch
  :exit, reason -> IO.inspect(reason)
end

try do
  Supervisor.stop(MySupervisor)
catch
  :exit, reason -> IO.inspect(reason)
end
