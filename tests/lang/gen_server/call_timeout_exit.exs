# a call that gets no reply in time exits with {:timeout, {GenServer, :call, [server, req, timeout]}}
defmodule Slow do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call({:sleep, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, :done, s}
  end
  def handle_call(:never, _from, s), do: {:noreply, s}
end

{:ok, _} = GenServer.start_link(Slow, nil, name: :slow)
try do
  GenServer.call(:slow, {:sleep, 200}, 20)
catch
  :exit, reason -> IO.inspect(reason)
end
try do
  GenServer.call(:slow, :never, 0)
catch
  :exit, reason -> IO.inspect(reason)
end
try do
  GenServer.call(:slow, :never, 10)
  IO.puts("not reached")
catch
  :exit, {:timeout, {GenServer, :call, [name, req, t]}} -> IO.inspect({name, req, t})
end
IO.puts("still running")
