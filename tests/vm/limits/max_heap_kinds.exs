# --max-heap stops a process whatever it allocates: one huge tuple, a map
# growing key by key, a list of off-heap binaries.  Each is killed; the
# VM carries on.  (tests/vm/cli/max_heap.exs: a growing list.)
# args: --max-heap 100000
# expect-stdout: :killed
# expect-stdout: :killed
# expect-stdout: :killed
# expect-stdout: vm alive
# expect-stderr: killed: its heap grew past the limit of 100000 words (--max-heap)
run = fn f ->
  {pid, ref} = spawn_monitor(f)
  receive do {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason) end
end

run.(fn -> :erlang.make_tuple(1_000_000, 0) end)
run.(fn -> Enum.reduce(1..10_000_000, %{}, fn i, m -> Map.put(m, i, i) end) end)
run.(fn -> Enum.reduce(1..10_000_000, [], fn _, acc -> [:binary.copy("ab", 100) | acc] end) end)
IO.puts("vm alive")
