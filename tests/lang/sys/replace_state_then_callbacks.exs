# the state installed by :sys.replace_state/2 is what the next callbacks see,
# including a state of a completely different shape
defmodule Shape do
  use GenServer
  def init(_), do: {:ok, :atom_state}
  def handle_call(:describe, _from, s) when is_map(s), do: {:reply, {:map, map_size(s)}, s}
  def handle_call(:describe, _from, s), do: {:reply, {:other, s}, s}
end

{:ok, pid} = GenServer.start_link(Shape, nil)
IO.inspect(GenServer.call(pid, :describe))
:sys.replace_state(pid, fn _ -> %{a: 1, b: 2} end)
IO.inspect(GenServer.call(pid, :describe))
:sys.replace_state(pid, fn m -> Map.keys(m) end)
IO.inspect(GenServer.call(pid, :describe))
