# an init/1 that finishes within :timeout starts normally; :hibernate_after is accepted
defmodule Quick do
  use GenServer

  def init(n) do
    Process.sleep(10)
    {:ok, n}
  end

  def handle_call(:get, _from, n), do: {:reply, n, n}
end

{:ok, pid} = GenServer.start_link(Quick, 5, timeout: 1000)
IO.inspect(GenServer.call(pid, :get))
{:ok, pid2} = GenServer.start_link(Quick, 6, timeout: :infinity, hibernate_after: 5)
Process.sleep(30)
IO.inspect(GenServer.call(pid2, :get))
IO.inspect(GenServer.call(pid2, :get))
