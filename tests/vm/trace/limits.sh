# --trace stays valid JSON when it stops at --trace-limit, when the script
# raises and when it calls System.halt; a file that cannot be written is
# an error before anything runs.
set -e
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
here=$(dirname "$0")
cat >"$d/many.exs" <<'SRC'
parent = self()
for i <- 1..200, do: spawn(fn -> send(parent, i) end)
IO.puts(Enum.sum(for _ <- 1..200, do: (receive do i -> i end)))
SRC
# shellcheck disable=SC2086
out=$("$BEAMLET" $BEAMLET_FLAGS --trace "$d/small.json" --trace-limit 25 "$d/many.exs")
[ "$out" = "20100" ]
python3 -m json.tool "$d/small.json" >/dev/null
python3 "$here/trace_check.py" "$d/small.json" --truncated yes --count 'i:trace truncated=1'
[ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["otherData"]["events"])' "$d/small.json")" = 25 ]

# The same program under the default limit is complete.
# shellcheck disable=SC2086
"$BEAMLET" $BEAMLET_FLAGS --trace "$d/full.json" "$d/many.exs" >/dev/null
python3 "$here/trace_check.py" "$d/full.json" --truncated no --count i:spawn=201 --count i:exit=201 \
  --count i:send=200

# System.halt with processes still alive: status 3, the trace completed
# (the halting process exits; the others are stopped, without an event).
# shellcheck disable=SC2086
set +e
"$BEAMLET" $BEAMLET_FLAGS --trace "$d/halt.json" -e '
  for _ <- 1..5, do: spawn(fn -> Process.sleep(:infinity) end)
  Process.sleep(10)
  System.halt(3)'
rc=$?
set -e
[ "$rc" = 3 ] || { echo "halt: status $rc"; exit 1; }
python3 "$here/trace_check.py" "$d/halt.json" --truncated no --count i:spawn=6 --count i:exit=1 \
  --at-least X:idle=1

# An uncaught error in the script: status 1, the trace completed.  (The
# runner reports the error; the main process then ends normally, before
# the process it spawned has run.)
set +e
# shellcheck disable=SC2086
"$BEAMLET" $BEAMLET_FLAGS --trace "$d/raise.json" -e 'spawn(fn -> :ok end); raise "bad"' 2>"$d/err"
rc=$?
set -e
[ "$rc" = 1 ] && grep -q 'RuntimeError' "$d/err"
python3 "$here/trace_check.py" "$d/raise.json" --truncated no --count i:spawn=2 --count i:exit=1

# A trace that cannot be created: status 2 and a message naming it.
set +e
# shellcheck disable=SC2086
"$BEAMLET" $BEAMLET_FLAGS --trace "$d/no/such/dir.json" -e 'IO.puts(:ran)' >"$d/out" 2>"$d/err"
rc=$?
set -e
[ "$rc" = 2 ] && [ ! -s "$d/out" ] && grep -q "cannot write the trace to $d/no/such/dir.json" "$d/err"
