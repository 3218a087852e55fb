# handle_call returning {:reply, r, s}: replies arrive in order and state threads through
defmodule Stack do
  use GenServer

  def init(items), do: {:ok, items}

  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:pop, _from, []), do: {:reply, :empty, []}
  def handle_call({:push, x}, _from, s), do: {:reply, :ok, [x | s]}
  def handle_call(:all, _from, s), do: {:reply, s, s}
  def handle_call(:from, {pid, _tag}, s), do: {:reply, pid, s}
end

{:ok, pid} = GenServer.start_link(Stack, [:a, :b])
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, {:push, :c}))
IO.inspect(GenServer.call(pid, :all))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(GenServer.call(pid, :from) == self())
IO.inspect(GenServer.call(pid, :all, :infinity))
IO.inspect(Process.info(self(), :messages))
