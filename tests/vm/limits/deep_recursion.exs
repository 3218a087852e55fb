# Unbounded non-tail recursion: the stack stops at its limit, the process
# exits with system_limit (no segfault), and other processes carry on.
# expect-stdout: :system_limit
# expect-stdout: other alive
# expect-stdout: vm alive
# expect-stderr: ** (SystemLimitError) a system limit has been reached
# gcstress: skip (millions of live frames make every-allocation collection quadratic)
defmodule Bottomless do
  def down(n), do: 1 + down(n + 1)
end

other = spawn(fn -> receive do {:ping, from} -> send(from, :pong) end end)
{pid, ref} = spawn_monitor(fn -> Bottomless.down(0) end)
receive do {:DOWN, ^ref, :process, ^pid, {reason, _stack}} -> IO.inspect(reason) end
send(other, {:ping, self()})
receive do :pong -> IO.puts("other alive") end
IO.puts("vm alive")
