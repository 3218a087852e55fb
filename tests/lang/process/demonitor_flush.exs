# demonitor after :DOWN arrived: without :flush it stays, with [:flush] it is removed
defmodule DemonFlush do
  def count_downs(n) do
    receive do
      {:DOWN, _, :process, _, _} -> count_downs(n + 1)
    after
      0 -> n
    end
  end

  # wait (by polling) until the mailbox holds at least n messages
  def wait_len(n) do
    {:message_queue_len, len} = Process.info(self(), :message_queue_len)
    if len >= n do
      :ok
    else
      Process.sleep(1)
      wait_len(n)
    end
  end

  def run do
    {_pid, ref} = spawn_monitor(fn -> exit(:x) end)
    wait_len(1)
    IO.inspect(Process.demonitor(ref))
    IO.inspect({:left_in_mailbox, count_downs(0)})

    {_pid2, ref2} = spawn_monitor(fn -> exit(:y) end)
    wait_len(1)
    send(self(), :other_message)
    IO.inspect(Process.demonitor(ref2, [:flush]))
    IO.inspect({:left_after_flush, count_downs(0)})
    receive do
      :other_message -> IO.puts("unrelated message kept")
    end

    pid3 = spawn(fn -> receive do :go -> :ok end end)
    ref3 = Process.monitor(pid3)
    IO.inspect(Process.demonitor(ref3, [:flush]))
    send(pid3, :go)
    ref_sync3 = Process.monitor(pid3)
    receive do
      {:DOWN, ^ref_sync3, :process, ^pid3, r} -> IO.inspect({:sync3, r})
    end
    IO.inspect({:after_flush_alive_target, count_downs(0)})
  end
end

DemonFlush.run()
