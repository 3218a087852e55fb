Logger.configure(level: :none)

defmodule Counter do
  use GenServer
  def start_link({name, n}), do: GenServer.start_link(__MODULE__, n, name: via(name))
  def via(name), do: {:via, Registry, {Counters, name}}
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_info(:inc, n), do: {:noreply, n + 1}
end

{:ok, _} = Registry.start_link(keys: :unique, name: Counters)
{:ok, pid} = Counter.start_link({"one", 10})
IO.inspect(Registry.lookup(Counters, "one") == [{pid, nil}])
GenServer.cast(Counter.via("one"), :inc)
Registry.send({Counters, "one"}, :inc)
IO.inspect(GenServer.call(Counter.via("one"), :get))
IO.inspect(GenServer.whereis(Counter.via("one")) == pid)
IO.inspect(GenServer.whereis(Counter.via("two")))
IO.inspect(Counter.start_link({"one", 0}) == {:error, {:already_started, pid}})

try do
  GenServer.call(Counter.via("two"), :get)
catch
  :exit, reason -> IO.inspect(reason)
end

IO.inspect(GenServer.cast(Counter.via("two"), :inc))

try do
  Registry.send({Counters, "two"}, :inc)
rescue
  e -> IO.inspect(e)
end

{:ok, p2} = GenServer.start_link(Counter, 5, name: {:via, Registry, {Counters, "valued", :meta_value}})
IO.inspect(Registry.lookup(Counters, "valued") == [{p2, :meta_value}])
IO.inspect(Registry.whereis_name({Counters, "valued", :ignored}) == p2)
:ok = GenServer.stop(Counter.via("one"))
IO.inspect(Registry.lookup(Counters, "one"))
{:ok, pid3} = Counter.start_link({"one", 1})
IO.inspect(pid3 != pid)
IO.inspect(GenServer.call(Counter.via("one"), :get))
IO.inspect(Registry.count(Counters))
