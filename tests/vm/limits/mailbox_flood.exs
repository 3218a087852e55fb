# A million messages queued at once, then received in order; memory and
# time stay linear.  (Measured by hand with 10,000,000: 3.1 s, 316 MB RSS.)
# expect-stdout: 1000000
# expect-stdout: 500000500000
# expect-stdout: 1000000 from another process
# gcstress: skip (a million live messages)
n = 1_000_000
me = self()
Enum.each(1..n, fn i -> send(me, i) end)
{:message_queue_len, len} = Process.info(me, :message_queue_len)
IO.puts(len)
IO.puts(Enum.reduce(1..n, 0, fn _, acc -> receive do m -> acc + m end end))
spawn(fn -> Enum.each(1..n, fn i -> send(me, {:n, i}) end) end)
last = Enum.reduce(1..n, 0, fn _, _ -> receive do {:n, i} -> i end end)
IO.puts("#{last} from another process")
