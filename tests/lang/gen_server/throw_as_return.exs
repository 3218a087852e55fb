# throw(v) inside handle_call/handle_cast/handle_info/handle_continue counts as returning v
defmodule Thrower do
  use GenServer

  def init(_), do: {:ok, 0}

  def handle_call(:get, _from, n), do: throw({:reply, {:thrown, n}, n})
  def handle_call({:nested, x}, _from, n), do: {:reply, deep(x), n}
  def handle_cast(:inc, n), do: throw({:noreply, n + 1})
  def handle_info(:inc, n), do: throw({:noreply, n + 10, {:continue, :c}})
  def handle_continue(:c, n), do: throw({:noreply, n + 100})

  defp deep(x), do: throw({:reply, {:from_deep, x}, x})
end

{:ok, pid} = GenServer.start_link(Thrower, nil)
IO.inspect(GenServer.call(pid, :get))
GenServer.cast(pid, :inc)
IO.inspect(GenServer.call(pid, :get))
send(pid, :inc)
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.call(pid, {:nested, 7}))
IO.inspect(GenServer.call(pid, :get))
