# demonitor(ref, [:flush]) removes the :DOWN of a monitor that fired; a
# monitor still active has sent none, so a message merely shaped like one
# stays in the mailbox.
pid = spawn(fn -> receive do :stop -> :ok end end)
ref = Process.monitor(pid)
send(self(), {:DOWN, ref, :process, pid, :fake})
Process.demonitor(ref, [:flush])
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.puts("still queued: #{reason}")
after
  0 -> IO.puts("removed")
end

ref2 = Process.monitor(pid)
send(pid, :stop)
Process.sleep(20)
send(self(), {:DOWN, ref2, :process, pid, :second})
Process.demonitor(ref2, [:flush])
receive do
  {:DOWN, ^ref2, :process, _, reason} -> IO.puts("left after a fired monitor: #{reason}")
after
  0 -> IO.puts("none left")
end
