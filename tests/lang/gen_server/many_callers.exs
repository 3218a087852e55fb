# many concurrent callers each get their own reply
defmodule Square do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_call({:square, x}, _from, count), do: {:reply, x * x, count + 1}
  def handle_call(:count, _from, count), do: {:reply, count, count}
end

{:ok, pid} = GenServer.start_link(Square, nil)
parent = self()
for i <- 1..20 do
  spawn(fn -> send(parent, {i, GenServer.call(pid, {:square, i})}) end)
end
results =
  for i <- 1..20 do
    receive do
      {^i, r} -> r
    end
  end
IO.inspect(results)
IO.inspect(GenServer.call(pid, :count))
