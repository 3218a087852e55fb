# A process that sends a message and then waits hands the rest of its slice
# to the process it woke, so a request is served ahead of the run queue:
# both round trips to the echo finish before any of the three processes
# spawned earlier has run.  Without the handoff the three would print
# first, as they do with --no-handoff (handoff_off.sh).  (With several
# schedulers real Elixir may interleave these lines in any order.)  --stats
# counts the four slices handed over: two per round trip.
# args: --stats
# expect-stderr: context switches:  11 (4 handed over)
# expect-stdout: pong 1
# expect-stdout: pong 2
# expect-stdout: queued 1
# expect-stdout: queued 2
# expect-stdout: queued 3
defmodule Echo do
  def loop() do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, n})
        loop()
    end
  end

  def call(echo, n) do
    send(echo, {:ping, self(), n})

    receive do
      {:pong, ^n} -> IO.puts("pong #{n}")
    end
  end
end

echo = spawn(&Echo.loop/0)
Process.sleep(1)
me = self()
for i <- 1..3, do: spawn(fn -> IO.puts("queued #{i}"); send(me, :printed) end)
Echo.call(echo, 1)
Echo.call(echo, 2)
for _ <- 1..3, do: (receive do :printed -> :ok end)
