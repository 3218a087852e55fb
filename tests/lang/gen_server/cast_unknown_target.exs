# cast/2 returns :ok even when the target does not exist (name, global name, dead pid)
defmodule Gone do
  use GenServer
  def init(s), do: {:ok, s}
end

IO.inspect(GenServer.cast(:no_such_name, :hello))
IO.inspect(GenServer.cast({:global, :no_such_global}, :hello))
{:ok, pid} = GenServer.start(Gone, nil)
GenServer.stop(pid)
IO.inspect(Process.alive?(pid))
IO.inspect(GenServer.cast(pid, :hello))
IO.inspect(Process.info(self(), :messages))
