# init returning {:ok, s, :hibernate}: the server still handles calls and casts normally
defmodule H do
  use GenServer

  def init(n), do: {:ok, n, :hibernate}

  def handle_call(:get, _from, n), do: {:reply, n, n, :hibernate}
  def handle_cast(:inc, n), do: {:noreply, n + 1, :hibernate}
end

{:ok, pid} = GenServer.start_link(H, 1)
IO.inspect(GenServer.call(pid, :get))
GenServer.cast(pid, :inc)
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(Process.alive?(pid))
