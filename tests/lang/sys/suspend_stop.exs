# GenServer.stop works on a suspended server (it is a system message) and runs terminate/2
defmodule Sleeper do
  use GenServer
  def init(parent), do: {:ok, parent}
  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

{:ok, pid} = GenServer.start(Sleeper, self())
:ok = :sys.suspend(pid)
IO.inspect(GenServer.stop(pid, :shutdown))
receive do
  {:terminate, r} -> IO.inspect(r, label: "terminate")
end
IO.inspect(Process.alive?(pid))
