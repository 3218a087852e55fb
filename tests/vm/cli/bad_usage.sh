# Unknown options and missing files are clear errors with non-zero status.
set -u
"$BEAMLET" --no-such-flag x.exs 2>err.txt && exit 1
grep -q "unknown option --no-such-flag" err.txt || exit 1
"$BEAMLET" does/not/exist.exs 2>err.txt && exit 1
grep -q "could not read file" err.txt || exit 1
"$BEAMLET" --reductions zero x.exs 2>err.txt && exit 1
grep -q "reductions" err.txt || exit 1
rm -f err.txt
