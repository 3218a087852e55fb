# GenServer.stop with a timeout shorter than a hanging terminate/2 exits with
# {:timeout, {GenServer, :stop, [server, reason, timeout]}}; the server is still terminating
defmodule Hang do
  use GenServer

  def init(parent), do: {:ok, parent}

  def terminate(_reason, parent) do
    send(parent, :terminate_started)
    Process.sleep(300)
  end
end

{:ok, pid} = GenServer.start(Hang, self(), name: :hang)
try do
  GenServer.stop(:hang, :normal, 50)
catch
  :exit, reason -> IO.inspect(reason)
end
receive do
  :terminate_started -> IO.puts("terminate started")
end
IO.inspect(Process.alive?(pid))
