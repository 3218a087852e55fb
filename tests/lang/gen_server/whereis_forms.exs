# GenServer.whereis/1 for pids, atoms, {:global, _} and {:via, _, _}: a pid or nil
defmodule W do
  use GenServer
  def init(s), do: {:ok, s}
end

{:ok, pid} = GenServer.start_link(W, nil, name: :w_local)
{:ok, gpid} = GenServer.start_link(W, nil, name: {:global, :w_global})
IO.inspect(GenServer.whereis(pid) == pid)
IO.inspect(GenServer.whereis(:w_local) == pid)
IO.inspect(GenServer.whereis(:w_missing))
IO.inspect(GenServer.whereis({:global, :w_global}) == gpid)
IO.inspect(GenServer.whereis({:global, :w_missing}))
IO.inspect(GenServer.whereis({:via, :global, :w_global}) == gpid)
IO.inspect(GenServer.whereis({:via, :global, :w_missing}))
GenServer.stop(pid)
IO.inspect(GenServer.whereis(:w_local))
