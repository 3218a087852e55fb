{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
me = self()

spawn_registered = fn keys ->
  spawn(fn ->
    for k <- keys, do: {:ok, _} = Registry.register(Reg, k, :value)
    send(me, :registered)

    receive do
      :exit -> exit(:normal)
      :crash -> exit(:boom)
    end
  end)
end

a = spawn_registered.([:a1, :a2])
b = spawn_registered.([:b1])

for _ <- 1..2 do
  receive do
    :registered -> :ok
  end
end

IO.inspect(Registry.count(Reg))
IO.inspect(Enum.sort(Registry.keys(Reg, a)))

for {pid, how} <- [{a, :exit}, {b, :crash}] do
  ref = Process.monitor(pid)
  send(pid, how)

  receive do
    {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "down")
  end
end

IO.inspect(Registry.lookup(Reg, :a1))
IO.inspect(Registry.lookup(Reg, :b1))
IO.inspect(Registry.keys(Reg, a))
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.whereis_name({Reg, :a2}))
{:ok, _} = Registry.register(Reg, :a1, :mine)
IO.inspect(Registry.lookup(Reg, :a1) == [{self(), :mine}])
