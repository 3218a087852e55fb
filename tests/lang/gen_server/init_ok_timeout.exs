# init returning {:ok, state, timeout}: with no message, handle_info(:timeout, s) runs
defmodule T do
  use GenServer

  def init(parent), do: {:ok, parent, 20}

  def handle_info(:timeout, parent) do
    send(parent, :timed_out)
    {:noreply, parent}
  end
end

{:ok, _pid} = GenServer.start_link(T, self())
receive do
  :timed_out -> IO.puts("handle_info(:timeout) after init")
after
  1000 -> IO.puts("no timeout")
end
receive do
  :timed_out -> IO.puts("timed out twice")
after
  60 -> IO.puts("only once")
end
