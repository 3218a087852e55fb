# :hibernate as extra in call/cast/info/continue returns keeps the server working
defmodule Hib do
  use GenServer

  def init(_), do: {:ok, 0}

  def handle_call(:get, _from, n), do: {:reply, n, n, :hibernate}
  def handle_cast(:inc, n), do: {:noreply, n + 1, :hibernate}
  def handle_info(:inc, n), do: {:noreply, n + 10, {:continue, :more}}
  def handle_continue(:more, n), do: {:noreply, n + 100, :hibernate}
end

{:ok, pid} = GenServer.start_link(Hib, nil)
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get))
send(pid, :inc)

IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.call(pid, :get))
