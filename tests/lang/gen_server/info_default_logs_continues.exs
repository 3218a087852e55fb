# the default handle_info from use GenServer logs unexpected messages and keeps running
Logger.configure(level: :none)

defmodule NoInfo do
  use GenServer

  def init(n), do: {:ok, n}

  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

{:ok, pid} = GenServer.start_link(NoInfo, 0, name: :no_info)
send(pid, :unexpected)
send(pid, {:some, "message"})
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(Process.alive?(pid))
IO.inspect(Process.info(pid, :message_queue_len))
