# A process whose big map grows past --max-heap is killed like any other;
# the VM and its other processes carry on.
# args: --max-heap 200000
# expect-stdout: :killed
# expect-stdout: 100
# expect-stderr: killed: its heap grew past the limit of 200000 words
defmodule Grow do
  def grow(m, i), do: grow(Map.put(m, i, i), i + 1)
end

{pid, ref} = spawn_monitor(fn -> Grow.grow(%{}, 0) end)
receive do {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason) end
IO.puts(map_size(Map.new(1..100, &{&1, &1})))
