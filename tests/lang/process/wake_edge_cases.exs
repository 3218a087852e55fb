# Processes woken by a message in unusual ways: killed by the sender before
# they run, woken by a sender that exits at once, woken while another
# process is about to kill them, woken by an exit signal, and left
# runnable when the script ends.
defmodule Edge do
  def waiter(tag) do
    receive do
      msg -> IO.puts("#{tag} got #{inspect(msg)}")
    end
  end
end

me = self()

# woken, then killed by the sender before the sender waits
a = spawn(fn -> receive do _ -> receive do :never -> :ok end end end)
ref_a = Process.monitor(a)
Process.sleep(1)
send(a, :hello)
Process.exit(a, :kill)
receive do
  {:DOWN, ^ref_a, :process, _, reason} -> IO.puts("a down: #{inspect(reason)}")
end

# woken by a process that exits straight after
b = spawn(fn -> Edge.waiter(:b) end)
ref_b = Process.monitor(b)
Process.sleep(1)
spawn(fn -> send(b, :from_short_lived) end)
receive do
  {:DOWN, ^ref_b, :process, _, reason} -> IO.puts("b down: #{inspect(reason)}")
end

# woken by a sender that then waits, and killed by a third process in between
c = spawn(fn -> receive do _ -> :ok end end)
ref_c = Process.monitor(c)
Process.sleep(1)
killer = spawn(fn -> receive do :go -> Process.exit(c, :kill) end end)
Process.sleep(1)
spawn(fn ->
  send(c, :one)
  send(killer, :go)
  receive do :never -> :ok end
end)
receive do
  {:DOWN, ^ref_c, :process, _, _} -> IO.puts("c down")
end

# a trapping process woken by an exit signal from a linked sender that waits
d = spawn(fn ->
  Process.flag(:trap_exit, true)
  send(me, :trapping)
  receive do
    {:EXIT, _, reason} -> send(me, {:d_saw, reason})
  end
end)
receive do :trapping -> :ok end
spawn(fn ->
  Process.link(d)
  Process.exit(self(), :bye)
end)
receive do
  {:d_saw, reason} -> IO.puts("d saw exit: #{inspect(reason)}")
end

# left runnable at the end: woken, never run before the script stops
e = spawn(fn -> receive do _ -> :ok end end)
Process.sleep(1)
send(e, :late)
IO.puts("done")
