# after a call times out, the late reply never reaches the caller's mailbox,
# no monitor is left behind, and the request itself is still processed by the server
defmodule Late do
  use GenServer

  def init(_), do: {:ok, 0}

  def handle_call(:slow_inc, _from, n) do
    Process.sleep(60)
    {:reply, {:late_reply, n + 1}, n + 1}
  end

  def handle_call(:get, _from, n), do: {:reply, n, n}
end

{:ok, _pid} = GenServer.start_link(Late, nil, name: :late)
result =
  try do
    GenServer.call(:late, :slow_inc, 10)
  catch
    :exit, reason -> {:caught, reason}
  end

IO.inspect(result)
IO.inspect(Process.info(self(), :monitors))
Process.sleep(150)
IO.inspect(Process.info(self(), :message_queue_len))
IO.inspect(Process.info(self(), :messages))
IO.inspect(GenServer.call(:late, :get))
receive do
  any -> IO.inspect(any, label: "unexpected")
after
  50 -> IO.puts("mailbox stays empty")
end
