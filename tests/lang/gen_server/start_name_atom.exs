# name: atom registers the server locally; whereis and calls through the name work
defmodule Named do
  use GenServer

  def init(s), do: {:ok, s}

  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:set, v}, _s), do: {:noreply, v}
end

{:ok, pid} = GenServer.start_link(Named, 1, name: :named_server)
IO.inspect(Process.whereis(:named_server) == pid)
IO.inspect(GenServer.whereis(:named_server) == pid)
IO.inspect(Process.info(pid, :registered_name))
IO.inspect(GenServer.call(:named_server, :get))
IO.inspect(GenServer.cast(:named_server, {:set, 2}))
IO.inspect(GenServer.call(:named_server, :get))
IO.inspect(:named_server in Process.registered())
GenServer.stop(:named_server)
IO.inspect(GenServer.whereis(:named_server))
IO.inspect(Process.whereis(:named_server))
