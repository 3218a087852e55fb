# {:via, mod, term} names use mod.register_name/whereis_name/unregister_name/send
defmodule MyVia do
  def register_name(name, pid) do
    Process.register(pid, name)
    :yes
  end

  def unregister_name(name), do: Process.unregister(name)

  def whereis_name(name) do
    case Process.whereis(name) do
      nil -> :undefined
      pid -> pid
    end
  end

  def send(name, msg) do
    Kernel.send(whereis_name(name), msg)
    self()
  end
end

defmodule V do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast({:put, v}, _s), do: {:noreply, v}
end

name = {:via, MyVia, :via_server}
{:ok, pid} = GenServer.start_link(V, :first, name: name)
IO.inspect(Process.whereis(:via_server) == pid)
IO.inspect(GenServer.whereis(name) == pid)
IO.inspect(GenServer.call(name, :get))
IO.inspect(GenServer.cast(name, {:put, :second}))
IO.inspect(GenServer.call(name, :get))
{:error, {:already_started, p}} = GenServer.start(V, :x, name: name)
IO.inspect(p == pid)
IO.inspect(GenServer.whereis({:via, MyVia, :nobody}))
