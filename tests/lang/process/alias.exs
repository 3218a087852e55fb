
pid = spawn(fn -> receive do {:go, to} -> Process.sleep(20); send(to, :late) end end)
ref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
send(ref, :early)
receive do m -> IO.inspect(m) end
send(pid, {:go, ref})
Process.demonitor(ref, [:flush])
Process.sleep(50)
receive do m -> IO.inspect(m) after 0 -> IO.puts("nothing") end
a = :erlang.alias()
send(a, :hi)
receive do m -> IO.inspect(m) end
IO.inspect(:erlang.unalias(a))
send(a, :hi)
receive do m -> IO.inspect(m) after 0 -> IO.puts("nothing") end
IO.inspect(:erlang.unalias(a))
