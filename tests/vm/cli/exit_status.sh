# A runtime error exits 1 and keeps stdout printed before it.
set -u
out=$("$BEAMLET" $BEAMLET_FLAGS -e 'IO.puts("a"); :ok = :error' 2>/dev/null)
rc=$?
[ "$rc" = "1" ] && [ "$out" = "a" ]
