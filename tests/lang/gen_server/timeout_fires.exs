# {:noreply, s, timeout} with no further messages: handle_info(:timeout, s) runs once
defmodule Idle do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_cast(:arm, parent), do: {:noreply, parent, 20}

  def handle_info(:timeout, parent) do
    send(parent, :idle_timeout)
    {:noreply, parent}
  end
end

{:ok, pid} = GenServer.start_link(Idle, self())
GenServer.cast(pid, :arm)
receive do
  :idle_timeout -> IO.puts("timeout received")
after
  1000 -> IO.puts("no timeout")
end
receive do
  :idle_timeout -> IO.puts("second timeout")
after
  60 -> IO.puts("timeout is not repeated")
end
