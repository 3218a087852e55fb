# calling a dead pid or an unregistered name exits with {:noproc, {GenServer, :call, [...]}}
defmodule Dead do
  use GenServer
  def init(s), do: {:ok, s}
end

try do
  GenServer.call(:no_such_server, :hello)
catch
  :exit, reason -> IO.inspect(reason)
end
try do
  GenServer.call(:no_such_server, :hello, 100)
catch
  :exit, reason -> IO.inspect(reason)
end
{:ok, pid} = GenServer.start(Dead, nil)
GenServer.stop(pid)
try do
  GenServer.call(pid, :hello)
catch
  :exit, {:noproc, {GenServer, :call, [p, req, t]}} -> IO.inspect({:noproc, p == pid, req, t})
end
IO.inspect(Process.info(self(), :monitors))
IO.inspect(Process.info(self(), :messages))
