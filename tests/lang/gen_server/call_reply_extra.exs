# {:reply, r, s, extra}: extra may be a timeout, :hibernate or {:continue, x};
# the continue runs before the next request
defmodule X do
  use GenServer

  def init(parent), do: {:ok, %{parent: parent, log: []}}

  def handle_call(:with_continue, _from, s), do: {:reply, :ok, s, {:continue, :after_reply}}
  def handle_call(:with_timeout, _from, s), do: {:reply, :ok, s, 20}
  def handle_call(:with_hibernate, _from, s), do: {:reply, :ok, s, :hibernate}
  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), s}

  def handle_continue(:after_reply, s), do: {:noreply, %{s | log: [:continued | s.log]}}

  def handle_info(:timeout, s) do
    send(s.parent, :server_timeout)
    {:noreply, %{s | log: [:timeout | s.log]}}
  end
end

{:ok, pid} = GenServer.start_link(X, self())
IO.inspect(GenServer.call(pid, :with_continue))
IO.inspect(GenServer.call(pid, :log))
IO.inspect(GenServer.call(pid, :with_timeout))
receive do
  :server_timeout -> IO.puts("timeout fired")
after
  1000 -> IO.puts("no timeout")
end
IO.inspect(GenServer.call(pid, :with_hibernate))
IO.inspect(GenServer.call(pid, :log))
