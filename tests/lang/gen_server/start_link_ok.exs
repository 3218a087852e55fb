# GenServer.start_link returns {:ok, pid}; the server is alive and linked to the caller
defmodule Counter do
  use GenServer

  def init(n), do: {:ok, n}

  def handle_call(:get, _from, n), do: {:reply, n, n}
end

{:ok, pid} = GenServer.start_link(Counter, 41)
IO.inspect(is_pid(pid))
IO.inspect(Process.alive?(pid))
IO.inspect(pid != self())
{:links, server_links} = Process.info(pid, :links)
IO.inspect(server_links == [self()])
{:links, my_links} = Process.info(self(), :links)
IO.inspect(pid in my_links)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.whereis(pid) == pid)
