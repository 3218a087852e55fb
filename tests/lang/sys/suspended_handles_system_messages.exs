# a suspended server still answers system messages: get_state and replace_state work
defmodule Sus do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_info(msg, s), do: {:noreply, [msg | s]}
end

{:ok, pid} = GenServer.start_link(Sus, [])
:ok = :sys.suspend(pid)
send(pid, :plain_message)
IO.inspect(:sys.get_state(pid))
IO.inspect(:sys.replace_state(pid, fn s -> [:replaced | s] end))
IO.inspect(:sys.get_state(pid))
:ok = :sys.resume(pid)
IO.inspect(GenServer.call(pid, :get))
