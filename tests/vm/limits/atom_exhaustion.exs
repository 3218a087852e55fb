# Filling the atom table raises system_limit in the process that tried;
# atoms made before still work and the VM carries on.  An atom over the
# length limit is refused the same way.
# expect-stdout: :system_limit
# expect-stdout: :before_the_flood
# expect-stdout: %SystemLimitError{message: "a system limit has been reached"}
# expect-stdout: vm alive
# expect-stderr: ** (SystemLimitError) a system limit has been reached
# gcstress: skip (a million atom names built one by one)
known = String.to_atom("before_the_flood")
{pid, ref} = spawn_monitor(fn ->
  Enum.each(1..2_000_000, fn i -> String.to_atom("flood_#{i}") end)
end)
receive do {:DOWN, ^ref, :process, ^pid, {reason, _stack}} -> IO.inspect(reason) end
IO.inspect(String.to_existing_atom("before_the_flood") == known && known)
IO.inspect(try do String.to_atom(String.duplicate("a", 2000)) rescue e -> e end)
IO.puts("vm alive")
