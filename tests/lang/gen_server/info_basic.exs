# plain messages (send to pid or registered name, timers) go to handle_info/2
defmodule Inbox do
  use GenServer

  def init(_), do: {:ok, []}

  def handle_info(msg, msgs), do: {:noreply, [msg | msgs]}

  def handle_call(:msgs, _from, msgs), do: {:reply, Enum.reverse(msgs), msgs}
end

{:ok, pid} = GenServer.start_link(Inbox, nil, name: :inbox)
send(pid, :one)
send(:inbox, {:two, 2})
send(pid, "three")
Process.send_after(pid, :timer_msg, 10)
Process.sleep(40)
IO.inspect(GenServer.call(:inbox, :msgs))
