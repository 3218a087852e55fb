# :sys calls to a missing process exit {:noproc, {:sys, fun, args}}; to a process that
# never answers, {:timeout, {:sys, fun, args}}
defmodule Busy do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_cast(:block, s) do
    Process.sleep(200)
    {:noreply, s}
  end
end

try do
  :sys.get_state(:nobody_here)
catch
  :exit, reason -> IO.inspect(reason)
end
try do
  :sys.suspend(:nobody_here)
catch
  :exit, reason -> IO.inspect(reason)
end
{:ok, _} = GenServer.start_link(Busy, :s, name: :busy)
GenServer.cast(:busy, :block)
try do
  :sys.get_state(:busy, 20)
catch
  :exit, reason -> IO.inspect(reason)
end
IO.inspect(:sys.get_state(:busy))
