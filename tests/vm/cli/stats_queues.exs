# --stats counts the longest each priority's run queue has been.  Seven
# processes start in the normal queue; five lower their priority and two
# raise it, then wait; one message each wakes them into their own queues.
# args: --stats
# expect-stdout: sent
# expect-stderr: messages sent:     7
# expect-stderr: processes spawned: 8 (peak 8 alive)
# expect-stderr: longest run queue: 7 (high 2, normal 7, low 5)
# expect-stderr: run queue at exit: 7
waiter = fn priority ->
  fn ->
    Process.flag(:priority, priority)
    receive do
      :go -> :ok
    end
  end
end

low = for _ <- 1..5, do: spawn(waiter.(:low))
high = for _ <- 1..2, do: spawn(waiter.(:high))
Process.sleep(10)
for pid <- low ++ high, do: send(pid, :go)
IO.puts("sent")
