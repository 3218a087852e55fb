# a taken key gives {:error, {:already_registered, owner_pid}}, for the owner itself and for others
{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
{:ok, _} = Registry.register(Reg, :key, 1)
{:error, {:already_registered, p}} = Registry.register(Reg, :key, 2)
IO.inspect(p == self())
parent = self()
spawn(fn -> send(parent, {:other, Registry.register(Reg, :key, 3)}) end)
receive do
  {:other, {:error, {:already_registered, p2}}} -> IO.inspect(p2 == parent)
end
IO.inspect(Registry.lookup(Reg, :key) == [{self(), 1}])
