# -r loads a module file before the script.
set -e
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cat >"$d/lib.ex" <<'SRC'
defmodule Greeter do
  def hello(name), do: "hello, #{name}"
end
SRC
cat >"$d/main.exs" <<'SRC'
IO.puts(Greeter.hello("world"))
SRC
out=$("$BEAMLET" $BEAMLET_FLAGS -r "$d/lib.ex" "$d/main.exs")
[ "$out" = "hello, world" ]
