# 20,000 messages to self are received in order; selective receive from the back
defmodule ManySelf do
  def recv_all(0, acc), do: Enum.reverse(acc)
  def recv_all(n, acc) do
    receive do
      {:i, i} -> recv_all(n - 1, [i | acc])
    end
  end

  def run do
    for i <- 1..20_000, do: send(self(), {:i, i})
    IO.inspect(Process.info(self(), :message_queue_len))
    list = recv_all(20_000, [])
    IO.inspect(list == Enum.to_list(1..20_000))
    for i <- 1..2000, do: send(self(), {:j, i})
    send(self(), :last)
    receive do
      :last -> IO.puts("found last behind 2000 messages")
    end
    receive do
      {:j, 2000} -> IO.puts("found j 2000")
    end
    first = receive do {:j, x} -> x end
    IO.inspect(first)
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

ManySelf.run()
