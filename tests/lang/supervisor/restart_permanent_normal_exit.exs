# permanent children (the default) are restarted even after a :normal exit
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    send(parent, {:started, self()})
    {:ok, parent}
  end
  def handle_cast(:quit, s), do: {:stop, :normal, s}
end

{:ok, _sup} = Supervisor.start_link([{W, self()}], strategy: :one_for_one)
first = receive do {:started, p} -> p end
GenServer.cast(first, :quit)
second = receive do {:started, p} -> p end
IO.inspect(first != second)
IO.inspect(Process.alive?(first))
