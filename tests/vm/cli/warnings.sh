# Unused variables get Elixir-style warnings on stderr; the script still runs.
set -e
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
printf 'defmodule W do\n  def f(x) do\n    y = 2\n    x\n  end\nend\nIO.puts(W.f(1))\n' >"$d/w.exs"
"$BEAMLET" "$d/w.exs" >"$d/out" 2>"$d/err"
[ "$(cat "$d/out")" = "1" ]
grep -q 'warning: variable "y" is unused' "$d/err"
