# --stats prints the scheduler's counters to stderr at exit.
# args: --stats
# expect-stdout: 100
# expect-stderr: beamlet stats:
# expect-stderr: reductions:
# expect-stderr: context switches:
# expect-stderr: messages sent:     100
# expect-stderr: garbage collections:
# expect-stderr: processes spawned: 101 (peak 101 alive)
parent = self()
for i <- 1..100, do: spawn(fn -> send(parent, i) end)
IO.inspect(length(for _ <- 1..100, do: (receive do x -> x end)))
