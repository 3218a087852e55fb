# :sys.get_state/1,2 returns the current state of a GenServer without going through callbacks
defmodule Box do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_cast({:put, k, v}, s), do: {:noreply, Map.put(s, k, v)}
end

{:ok, pid} = GenServer.start_link(Box, %{}, name: :box)
IO.inspect(:sys.get_state(pid))
GenServer.cast(pid, {:put, :a, 1})
GenServer.cast(:box, {:put, :b, [2, 3]})
IO.inspect(:sys.get_state(:box))
IO.inspect(:sys.get_state(:box, 1000))
IO.inspect(:sys.get_state(pid, :infinity))
