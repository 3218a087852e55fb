# GenServer.stop on a dead or unknown server exits with {:noproc, {GenServer, :stop, [...]}}
defmodule Short do
  use GenServer
  def init(s), do: {:ok, s}
end

try do
  GenServer.stop(:not_running)
catch
  :exit, reason -> IO.inspect(reason)
end
try do
  GenServer.stop(:not_running, :shutdown, 500)
catch
  :exit, reason -> IO.inspect(reason)
end
{:ok, pid} = GenServer.start(Short, nil)
IO.inspect(GenServer.stop(pid))
try do
  GenServer.stop(pid)
catch
  :exit, {:noproc, {GenServer, :stop, [p, r, t]}} -> IO.inspect({:noproc, p == pid, r, t})
end
