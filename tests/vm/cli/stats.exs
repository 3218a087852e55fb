# --stats prints the scheduler's counters to stderr at exit: 100 processes
# each send one message, so exactly 100 messages; all are spawned in one
# slice of main, so 101 alive at the peak and 100 waiting in the normal
# queue; 102 slices (main before and after waiting, and each child's one).
# args: --stats
# expect-stdout: 100
# expect-stderr: beamlet stats:
# expect-stderr: wall time:
# expect-stderr: cpu time:
# expect-stderr: idle time:
# expect-stderr: reductions:
# expect-stderr: context switches:  102
# expect-stderr: messages sent:     100
# expect-stderr: garbage collections:
# expect-stderr: processes spawned: 101 (peak 101 alive)
# expect-stderr: longest run queue: 100 (high 0, normal 100, low 0)
# expect-stderr: run queue at exit: 0
parent = self()
for i <- 1..100, do: spawn(fn -> send(parent, i) end)
IO.inspect(length(for _ <- 1..100, do: (receive do x -> x end)))
