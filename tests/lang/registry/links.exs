Logger.configure(level: :none)
{:ok, reg} = Registry.start_link(keys: :unique, name: Reg)
Process.unlink(reg)
me = self()

start = fn trap ->
  spawn(fn ->
    Process.flag(:trap_exit, trap)
    {:ok, owner} = Registry.register(Reg, {:trap, trap}, nil)
    send(me, {:registered, owner})

    receive do
      {:EXIT, ^owner, reason} -> send(me, {:saw_exit, reason})
    end
  end)
end

plain = start.(false)
trapper = start.(true)

owner =
  for _ <- 1..2 do
    receive do
      {:registered, owner} -> owner
    end
  end
  |> hd()

{:links, links} = Process.info(plain, :links)
IO.inspect(links == [owner])
IO.inspect(Registry.keys(Reg, plain))
refs = [Process.monitor(plain), Process.monitor(trapper)]
Supervisor.stop(Reg, :shutdown)

receive do
  {:saw_exit, reason} -> IO.inspect(reason, label: "trapping process saw")
end

for ref <- refs do
  receive do
    {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
  end
end
