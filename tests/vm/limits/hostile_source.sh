# Hostile source files end in a clear compile error (file:line:col, exit
# status 1), never a crash: a 1 MB line, invalid UTF-8, a file of NUL
# bytes, an over-long atom.  A valid 1 MB line compiles and runs.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
expect_error() { # file, text the error must contain
  "$BEAMLET" $BEAMLET_FLAGS "$1" >"$d/out" 2>"$d/err"
  rc=$?
  if [ $rc -ne 1 ]; then echo "$1: exit status $rc"; head -c 600 "$d/err"; exit 1; fi
  grep -qF -- "$2" "$d/err" || { echo "$1: missing '$2' in:"; head -c 600 "$d/err"; exit 1; }
  [ ! -s "$d/out" ] || { echo "$1: ran code before the error"; exit 1; }
}
ones=$(head -c 349999 /dev/zero | tr '\0' '1' | sed 's/1/1,/g')

# a valid line of 1 MB: a 350,000-element list literal
{ printf 'x = ['; printf '%s' "$ones"; printf '1]\nIO.puts(length(x))\n'; } >"$d/long.exs"
[ "$(wc -c <"$d/long.exs")" -gt 700000 ] || { echo "long.exs too short"; exit 1; }
out=$("$BEAMLET" $BEAMLET_FLAGS "$d/long.exs") || { echo "long.exs failed"; exit 1; }
[ "$out" = 350000 ] || { echo "long.exs printed $out"; exit 1; }

# the same line with a syntax error at its end: the excerpt is cut to a window
{ printf 'IO.puts(:never)\nx = ['; printf '%s' "$ones"; printf ')]\n'; } >"$d/long_error.exs"
expect_error "$d/long_error.exs" "long_error.exs:2:700004: unexpected token: )"
[ "$(wc -c <"$d/err")" -lt 2000 ] || { echo "long_error.exs: excerpt not cut"; exit 1; }

printf 'IO.puts(:never)\nx = "caf\351"\n' >"$d/latin1.exs"
expect_error "$d/latin1.exs" "latin1.exs:2:9: invalid UTF-8 in source (byte 0xE9)"
grep -qF 'x = "caf?"' "$d/err" || { echo "latin1.exs: raw byte in the excerpt"; exit 1; }

printf 'IO.puts(:never)\n# \377\376 comment\n' >"$d/ff.exs"
expect_error "$d/ff.exs" "ff.exs:2:3: invalid UTF-8 in source (byte 0xFF)"

head -c 65536 /dev/zero >"$d/nul.exs"
expect_error "$d/nul.exs" "nul.exs:1:1: invalid null byte in source"
[ "$(wc -c <"$d/err")" -lt 2000 ] || { echo "nul.exs: excerpt not cut"; exit 1; }

{ printf 'IO.puts(:never)\ny = :'; head -c 2000 /dev/zero | tr '\0' 'b'; printf '\n'; } >"$d/atom.exs"
expect_error "$d/atom.exs" "atom.exs:2:6: atom length must be less than system limit"
{ printf 'IO.puts(:never)\ny = :"'; head -c 2000 /dev/zero | tr '\0' 'q'; printf '"\n'; } >"$d/quoted_atom.exs"
expect_error "$d/quoted_atom.exs" "quoted_atom.exs:2:5: atom length must be less than system limit"
{ printf 'IO.puts(:never)\ny = ["'; head -c 2000 /dev/zero | tr '\0' 'k'; printf '": 1]\n'; } >"$d/keyword.exs"
expect_error "$d/keyword.exs" "keyword.exs:2:6: atom length must be less than system limit"
a=$(head -c 600 /dev/zero | tr '\0' 'A')
printf 'defmodule %s do\n  defmodule %s do\n    def f, do: 1\n  end\nend\nIO.puts(:never)\n' "$a" "$a" >"$d/alias.exs"
expect_error "$d/alias.exs" "atom length must be less than system limit: Elixir.AAAA"
exit 0
