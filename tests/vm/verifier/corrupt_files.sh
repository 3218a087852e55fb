# The loader verifies every file: each kind of damage is rejected with a
# message naming the file and the defect, exit status 1, never a crash.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'defmodule V do\n  def f({:a, x}), do: x\n  def f(_), do: :none\nend\n' >"$d/v.ex"
"$BEAMLET" compile "$d/v.ex" -o "$d" || exit 1
good="$d/V.blc"
echo 'IO.inspect(V.f({:a, 1}))' >"$d/use.exs"
[ "$("$BEAMLET" -r "$good" "$d/use.exs")" = "1" ] || { echo "good file does not load"; exit 1; }

expect_reject() { # name, file, message
  "$BEAMLET" -r "$2" "$d/use.exs" >"$d/out" 2>"$d/err"
  rc=$?
  if [ $rc -ne 1 ]; then echo "$1: exit status $rc"; cat "$d/err"; exit 1; fi
  grep -qF "$3" "$d/err" || { echo "$1: missing '$3' in:"; cat "$d/err"; exit 1; }
  grep -qF "$2" "$d/err" || { echo "$1: file not named in:"; cat "$d/err"; exit 1; }
}
size=$(wc -c <"$good")

cp "$good" "$d/magic.blc"; printf 'XXXX' | dd of="$d/magic.blc" conv=notrunc status=none
expect_reject magic "$d/magic.blc" "bad magic"

cp "$good" "$d/version.blc"; printf '\011' | dd of="$d/version.blc" bs=1 seek=4 conv=notrunc status=none
expect_reject version "$d/version.blc" "unsupported bytecode version 9"

cp "$good" "$d/sum.blc"; printf '\377' | dd of="$d/sum.blc" bs=1 seek=$((size / 2)) conv=notrunc status=none
expect_reject checksum "$d/sum.blc" "checksum mismatch"

head -c $((size - 7)) "$good" >"$d/trunc.blc"
expect_reject truncated "$d/trunc.blc" "does not match its header"

head -c 10 "$good" >"$d/short.blc"
expect_reject short "$d/short.blc" "too short"

: >"$d/empty.blc"
expect_reject empty "$d/empty.blc" "too short"

head -c 4096 /dev/zero >"$d/zeros.blc"
expect_reject zeros "$d/zeros.blc" "bad magic"
exit 0
