# compile writes one .blc per module; disasm shows readable bytecode for a
# module with pattern-matching clauses; -r loads the .blc and it runs.
set -e
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cat >"$d/shapes.ex" <<'SRC'
defmodule Shapes do
  def area({:square, s}), do: s * s
  def area({:rect, w, h}) when w > 0, do: w * h
  def area(_), do: 0
  defmodule Util do
    def double(x), do: x * 2
  end
end
SRC
"$BEAMLET" compile "$d/shapes.ex" -o "$d/out"
[ -f "$d/out/Shapes.blc" ] && [ -f "$d/out/Shapes.Util.blc" ]
"$BEAMLET" disasm "$d/out/Shapes.blc" >"$d/listing"
grep -q 'module :Elixir.Shapes' "$d/listing"
grep -q 'func_info *:Elixir.Shapes, :area, 1' "$d/listing"
grep -q 'test_arity' "$d/listing"
grep -q 'is_eq_exact' "$d/listing"
grep -q 'area/1 -> L' "$d/listing"
"$BEAMLET" disasm "$d/shapes.ex" | grep -q 'Elixir.Shapes.Util'
echo 'IO.puts(Shapes.area({:rect, 3, 4}) + Shapes.Util.double(1))' >"$d/use.exs"
out=$("$BEAMLET" $BEAMLET_FLAGS -r "$d/out/Shapes.blc" -r "$d/out/Shapes.Util.blc" "$d/use.exs")
[ "$out" = "14" ]
