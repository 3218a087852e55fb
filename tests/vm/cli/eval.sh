# -e runs code from the command line.
set -e
out=$("$BEAMLET" $BEAMLET_FLAGS -e 'IO.puts(6 * 7)')
[ "$out" = "42" ]
