# init returning {:ok, s, {:continue, x}}: handle_continue runs before any message,
# even one already in the mailbox
defmodule C do
  use GenServer

  def init(log) do
    send(self(), :early_message)
    {:ok, [:init | log], {:continue, :load}}
  end

  def handle_continue(:load, log), do: {:noreply, [{:continue, :load} | log]}

  def handle_info(msg, log), do: {:noreply, [{:info, msg} | log]}

  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}
end

{:ok, pid} = GenServer.start_link(C, [])
IO.inspect(GenServer.call(pid, :log))
