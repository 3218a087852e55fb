# {:via, Registry, ...} names work for Agents
{:ok, _} = Registry.start_link(keys: :unique, name: Carts)
cart = fn id -> {:via, Registry, {Carts, id}} end
{:ok, pid} = Agent.start_link(fn -> [] end, name: cart.(42))
Agent.update(cart.(42), fn items -> [:apple | items] end)
Agent.update(cart.(42), fn items -> [:pear | items] end)
IO.inspect(Agent.get(cart.(42), & &1))
IO.inspect(Registry.lookup(Carts, 42) == [{pid, nil}])
{:error, {:already_started, p}} = Agent.start_link(fn -> [] end, name: cart.(42))
IO.inspect(p == pid)
IO.inspect(Agent.stop(cart.(42)))
IO.inspect(Registry.lookup(Carts, 42))
