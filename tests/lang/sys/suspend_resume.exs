# :sys.suspend/1 -> :ok; while suspended calls are not answered (they time out) and casts
# queue up; :sys.resume/1 -> :ok and the queued requests are processed in order
defmodule Log do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_call(:get, _from, log), do: {:reply, Enum.reverse(log), log}
  def handle_call({:add, x}, _from, log), do: {:reply, :added, [x | log]}
  def handle_cast({:add, x}, log), do: {:noreply, [x | log]}
end

{:ok, pid} = GenServer.start_link(Log, nil, name: :log)
IO.inspect(:sys.suspend(:log))
GenServer.cast(:log, {:add, :cast_while_suspended})
try do
  GenServer.call(:log, {:add, :call_while_suspended}, 30)
catch
  :exit, reason -> IO.inspect(reason)
end
IO.inspect(Process.info(pid, :message_queue_len))
IO.inspect(:sys.resume(:log))
IO.inspect(GenServer.call(:log, :get))
IO.inspect(Process.info(self(), :messages))
