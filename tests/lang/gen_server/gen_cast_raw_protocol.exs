# the wire protocol: GenServer.cast sends {:"$gen_cast", req}; a raw {:"$gen_cast", req}
# sent to a GenServer reaches handle_cast/2
defmodule Collector do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_cast(req, acc), do: {:noreply, [req | acc]}
  def handle_call(:get, _from, acc), do: {:reply, Enum.reverse(acc), acc}
end

parent = self()
raw = spawn(fn ->
  receive do
    msg -> send(parent, {:raw_got, msg})
  end
end)
IO.inspect(GenServer.cast(raw, {:hello, 1}))
receive do
  {:raw_got, msg} -> IO.inspect(msg)
end

{:ok, pid} = GenServer.start_link(Collector, nil)
send(pid, {:"$gen_cast", :by_hand})
GenServer.cast(pid, :via_api)
IO.inspect(GenServer.call(pid, :get))
