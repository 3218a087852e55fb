# --reductions changes the time slice; results stay the same.
set -e
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cat >"$d/r.exs" <<'SRC'
parent = self()
for i <- 1..50, do: spawn(fn -> send(parent, {:v, Enum.sum(1..i)}) end)
IO.inspect(Enum.sum(for _ <- 1..50, do: (receive do {:v, v} -> v end)))
SRC
a=$("$BEAMLET" $BEAMLET_FLAGS --reductions 1 "$d/r.exs")
b=$("$BEAMLET" $BEAMLET_FLAGS --reductions 100000 "$d/r.exs")
[ "$a" = "22100" ] && [ "$b" = "22100" ]
