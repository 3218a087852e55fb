# {:global, term} names: registration, whereis, call/cast through the name, already_started
defmodule G do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:put, v}, _s), do: {:noreply, v}
end

{:ok, pid} = GenServer.start_link(G, 10, name: {:global, {:counter, 1}})
IO.inspect(GenServer.whereis({:global, {:counter, 1}}) == pid)
IO.inspect(GenServer.whereis({:global, {:counter, 2}}))
IO.inspect(GenServer.call({:global, {:counter, 1}}, :get))
IO.inspect(GenServer.cast({:global, {:counter, 1}}, {:put, 11}))
IO.inspect(GenServer.call({:global, {:counter, 1}}, :get))
{:error, {:already_started, p}} = GenServer.start(G, 0, name: {:global, {:counter, 1}})
IO.inspect(p == pid)
IO.inspect(GenServer.cast({:global, :missing}, :x))
try do
  GenServer.call({:global, :missing}, :get)
catch
  :exit, reason -> IO.inspect(reason)
end
GenServer.stop({:global, {:counter, 1}})
IO.inspect(GenServer.whereis({:global, {:counter, 1}}))
