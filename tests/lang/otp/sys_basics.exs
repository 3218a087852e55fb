defmodule S do
  use GenServer
  def init(x), do: {:ok, x}
end
{:ok, p} = GenServer.start(S, 1)
IO.inspect(:sys.replace_state(p, fn s -> s + 1 end))
r = try do :sys.replace_state(p, fn _ -> raise "bad" end) catch k, e -> {k, e} end
IO.inspect(r, limit: 8)
IO.inspect(:sys.get_state(p))
IO.inspect(:sys.suspend(p))
IO.inspect(:sys.resume(p))
r = try do :sys.get_state(:nobody) catch k, e -> {k, e} end
IO.inspect(r)
r = try do GenServer.stop(:nobody) catch k, e -> {k, e} end
IO.inspect(r)
IO.inspect(S.child_spec(5))
{:ok, q} = GenServer.start(S, 1, name: {:global, :foo})
IO.inspect(GenServer.whereis({:global, :foo}) == q)
IO.inspect(GenServer.start(S, 1, name: {:global, :foo}) == {:error, {:already_started, q}})
