# when the server dies during a call, the caller exits with the server's exit reason
Logger.configure(level: :none)

defmodule Dies do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call({:exit, r}, _from, _s), do: exit(r)
  def handle_call(:hang, _from, s), do: {:noreply, s}
end

for r <- [:boom, :normal, :shutdown, {:shutdown, :bye}, {:custom, [1, 2]}] do
  {:ok, _} = GenServer.start(Dies, nil, name: :dies)
  try do
    GenServer.call(:dies, {:exit, r})
  catch
    :exit, reason -> IO.inspect(reason)
  end
end

# killed by someone else while the caller waits
{:ok, pid} = GenServer.start(Dies, nil, name: :dies)
spawn(fn ->
  Process.sleep(20)
  Process.exit(pid, :kill)
end)
try do
  GenServer.call(:dies, :hang)
catch
  :exit, reason -> IO.inspect(reason)
end
IO.inspect(Process.info(self(), :monitors))
IO.inspect(Process.info(self(), :messages))
