# cast/2 returns :ok immediately; casts and calls from one client are handled in order
defmodule Acc do
  use GenServer

  def init(_), do: {:ok, []}

  def handle_cast({:add, x}, acc), do: {:noreply, [x | acc]}
  def handle_cast({:add_sleep, x}, acc) do
    Process.sleep(20)
    {:noreply, [x | acc]}
  end

  def handle_call(:get, _from, acc), do: {:reply, Enum.reverse(acc), acc}
end

{:ok, pid} = GenServer.start_link(Acc, nil)
IO.inspect(GenServer.cast(pid, {:add_sleep, 1}))
IO.inspect(GenServer.cast(pid, {:add, 2}))
IO.inspect(GenServer.cast(pid, {:add, 3}))
IO.inspect(GenServer.call(pid, :get))
Enum.each(4..10, fn i -> GenServer.cast(pid, {:add, i}) end)
IO.inspect(GenServer.call(pid, :get))
