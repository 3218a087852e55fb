# {:via, Registry, {reg, key}} names a GenServer: start, call, cast, whereis, already_started
defmodule Acct do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, 0, name: {:via, Registry, {Accounts, id}})
  def init(b), do: {:ok, b}
  def handle_call(:balance, _from, b), do: {:reply, b, b}
  def handle_cast({:deposit, x}, b), do: {:noreply, b + x}
end

{:ok, _} = Registry.start_link(keys: :unique, name: Accounts)
{:ok, a} = Acct.start_link("acc-1")
{:ok, _} = Acct.start_link("acc-2")
name = {:via, Registry, {Accounts, "acc-1"}}
IO.inspect(GenServer.cast(name, {:deposit, 50}))
IO.inspect(GenServer.call(name, :balance))
IO.inspect(GenServer.call({:via, Registry, {Accounts, "acc-2"}}, :balance))
IO.inspect(GenServer.whereis(name) == a)
IO.inspect(Registry.lookup(Accounts, "acc-1") == [{a, nil}])
{:error, {:already_started, p}} = Acct.start_link("acc-1")
IO.inspect(p == a)
IO.inspect(GenServer.whereis({:via, Registry, {Accounts, "acc-9"}}))
