# A counter GenServer: the client API wraps call/cast, the callbacks keep
# the state.  Run with `beamlet examples/counter.exs`.
defmodule Counter do
  use GenServer

  # client
  def start_link(initial), do: GenServer.start_link(Counter, initial, name: Counter)
  def increment(by \\ 1), do: GenServer.cast(Counter, {:increment, by})
  def value(), do: GenServer.call(Counter, :value)
  def reset(), do: GenServer.call(Counter, :reset)

  # callbacks
  @impl true
  def init(initial), do: {:ok, initial}

  @impl true
  def handle_cast({:increment, by}, count), do: {:noreply, count + by}

  @impl true
  def handle_call(:value, _from, count), do: {:reply, count, count}
  def handle_call(:reset, _from, count), do: {:reply, count, 0}
end

{:ok, _pid} = Counter.start_link(10)
Enum.each(1..5, fn _ -> Counter.increment() end)
Counter.increment(100)
IO.puts("value: #{Counter.value()}")
IO.puts("reset returned #{Counter.reset()}, now #{Counter.value()}")

# 1,000 clients, each casting once, then one call to read the total
for _ <- 1..1000, do: spawn(fn -> Counter.increment() end)
Process.sleep(50)
IO.puts("after 1000 clients: #{Counter.value()}")
IO.inspect(:sys.get_state(Counter), label: "state via :sys")
:ok = GenServer.stop(Counter)
IO.inspect(GenServer.whereis(Counter), label: "after stop")
