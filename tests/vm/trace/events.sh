# --trace: a program with a known number of processes and messages gives
# exactly that many spawn, exit and send events, in valid JSON.
set -e
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
here=$(dirname "$0")
cat >"$d/prog.exs" <<'SRC'
defmodule TraceProg do
  def worker(parent, i), do: send(parent, {:done, i})

  def keeper do
    receive do
      :stop -> :ok
    end
  end
end

parent = self()
# 20 workers, half by spawn/3 and half by a fun: 20 messages and 20 :DOWN
for i <- 1..10, do: spawn_monitor(TraceProg, :worker, [parent, i])
for i <- 11..20, do: spawn_monitor(fn -> send(parent, {:done, i}) end)
for _ <- 1..20, do: (receive do {:done, _} -> :ok end)
for _ <- 1..20, do: (receive do {:DOWN, _, :process, _, :normal} -> :ok end)
# a registered process: its slices carry its name; :stop and a :DOWN
k = spawn(TraceProg, :keeper, [])
Process.register(k, :keeper)
ref = Process.monitor(k)
send(:keeper, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
# one that needs a collection, one that crashes: two :DOWN
{_, r1} = spawn_monitor(fn -> Enum.to_list(1..5000) |> length() end)
receive do {:DOWN, ^r1, _, _, _} -> :ok end
{_, r2} = spawn_monitor(fn -> raise "boom" end)
receive do {:DOWN, ^r2, _, _, _} -> :ok end
IO.puts("done")
SRC
# shellcheck disable=SC2086
out=$("$BEAMLET" $BEAMLET_FLAGS --trace "$d/t.json" "$d/prog.exs" 2>"$d/err")
[ "$out" = "done" ] || { echo "stdout: $out"; cat "$d/err"; exit 1; }
python3 -m json.tool "$d/t.json" >/dev/null
# main + 20 workers + keeper + 2 = 24 processes, all exited by the end;
# 20 + 20 + 2 + 2 = 44 messages
python3 "$here/trace_check.py" "$d/t.json" --truncated no \
  --count i:spawn=24 --count i:exit=24 --count i:send=44 \
  --at-least X:gc=1 --at-least X:*=24 \
  --slice-name Elixir.TraceProg.worker/2 --slice-name keeper \
  --slice-name beamlet_script_0.__script__/0 2>&1 || { head -c 3000 "$d/t.json"; exit 1; }
grep -q '"reason":"{%RuntimeError{message: \\"boom\\"}' "$d/t.json" || { echo "no exit reason for the crash"; exit 1; }
grep -q '"reason":":normal"' "$d/t.json"
