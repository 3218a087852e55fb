Process.register(self(), :registry_listener)
{:ok, _} = Registry.start_link(keys: :unique, name: Reg, listeners: [:registry_listener])
me = self()
{:ok, _} = Registry.register(Reg, :a, 1)
{:error, _} = Registry.register(Reg, :a, 2)
:ok = Registry.unregister(Reg, :a)
:ok = Registry.unregister(Reg, :never_registered)

pid =
  spawn(fn ->
    {:ok, _} = Registry.register(Reg, :b, 3)
    send(me, :registered)
  end)

receive do
  :registered -> :ok
end

ref = Process.monitor(pid)

receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

IO.inspect(Registry.count(Reg))

messages =
  Stream.repeatedly(fn ->
    receive do
      m -> m
    after
      0 -> nil
    end
  end)
  |> Enum.take_while(&(&1 != nil))

for m <- messages do
  case m do
    {:register, Reg, key, p, value} -> IO.inspect({:register, key, p == me, value})
    {:unregister, Reg, key, p} -> IO.inspect({:unregister, key, p == me})
  end
end
