# A process growing past --max-heap is killed with :killed and a report;
# the VM and the other processes carry on.
# args: --max-heap 50000
# expect-stdout: :killed
# expect-stdout: vm alive
# expect-stderr: killed: its heap grew past the limit of 50000 words
defmodule Grow do
  def grow(acc), do: grow([acc | acc])
end

{pid, ref} = spawn_monitor(fn -> Grow.grow([1]) end)
receive do {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason) end
IO.puts("vm alive")
