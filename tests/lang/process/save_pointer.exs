# Every new receive scans the mailbox from the start, even after an earlier receive
# skipped messages, blocked, or timed out
defmodule SavePtr do
  def wait_for(tag, t) do
    receive do
      {^tag, v} -> {tag, v}
    after
      t -> {:timeout, tag}
    end
  end

  def run do
    parent = self()
    helper = spawn(fn ->
      receive do
        :go -> send(parent, {:b, 2}); send(parent, {:a, 1})
      end
    end)
    send(self(), {:x, 0})
    send(helper, :go)
    IO.inspect(wait_for(:a, :infinity))
    IO.inspect(wait_for(:b, 0))
    IO.inspect(wait_for(:x, 0))
    send(self(), {:y, 1})
    IO.inspect(wait_for(:z, 10))
    IO.inspect(wait_for(:y, 0))
    for n <- 5..1, do: send(self(), {:n, n})
    IO.inspect(for n <- 1..5, do: wait_for(:n, n))
    for i <- 1..5, do: send(self(), {:k, i})
    IO.inspect(wait_for(:missing, 0))
    IO.inspect(wait_for(:k, 0))
    IO.inspect(wait_for(:missing, 0))
    IO.inspect(wait_for(:k, 0))
    late = spawn(fn ->
      receive do
        :go -> for i <- 1..3, do: send(parent, {:late, i})
        send(parent, {:target, :t})
      end
    end)
    send(late, :go)
    IO.inspect(wait_for(:target, :infinity))
    IO.inspect(for _ <- 1..3, do: wait_for(:late, 0))
    IO.inspect(for _ <- 1..3, do: wait_for(:k, 0))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

SavePtr.run()
