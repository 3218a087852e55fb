# plain messages and casts sent while suspended are queued and handled in arrival order after resume
defmodule Q do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_info(m, s), do: {:noreply, [{:info, m} | s]}
  def handle_cast(m, s), do: {:noreply, [{:cast, m} | s]}
  def handle_call(:get, _from, s), do: {:reply, Enum.reverse(s), s}
end

{:ok, pid} = GenServer.start_link(Q, nil)
:sys.suspend(pid)
send(pid, 1)
GenServer.cast(pid, 2)
send(pid, 3)
IO.inspect(:sys.get_state(pid))
:sys.resume(pid)
IO.inspect(GenServer.call(pid, :get))
