# --no-handoff queues a woken process at the back, as on BEAM: the three
# processes spawned before the round trips run before the echo answers,
# and --stats counts no slice handed over.
set -e
out=$("$BEAMLET" $BEAMLET_FLAGS --no-handoff tests/vm/cli/handoff_order.exs)
[ "$out" = "queued 1
queued 2
queued 3
pong 1
pong 2" ]
"$BEAMLET" $BEAMLET_FLAGS --no-handoff --stats tests/vm/cli/handoff_order.exs 2>&1 >/dev/null |
    grep -q "context switches:  10 (0 handed over)"
