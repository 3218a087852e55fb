# :sys.replace_state/2 applies the fun to the state, stores and returns the new state
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

{:ok, pid} = GenServer.start_link(Counter, 1, name: :counter)
IO.inspect(:sys.replace_state(pid, fn n -> n * 10 end))
IO.inspect(GenServer.call(pid, :get))
GenServer.cast(:counter, :inc)
IO.inspect(:sys.replace_state(:counter, fn n -> {:wrapped, n} end))
IO.inspect(:sys.get_state(:counter))
IO.inspect(:sys.replace_state(:counter, fn {:wrapped, n} -> n end))
GenServer.cast(:counter, :inc)
IO.inspect(GenServer.call(:counter, :get))
