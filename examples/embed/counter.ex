# A GenServer the C host in host.c runs.  It reports every change to the
# host's mailbox (the pid it was started with) and logs through Host.log/1,
# a function the host registers in C.
defmodule Counter do
  use GenServer

  def start(host), do: GenServer.start(__MODULE__, host, name: __MODULE__)
  def add(n), do: GenServer.call(__MODULE__, {:add, n})
  def value(), do: GenServer.call(__MODULE__, :value)
  def tick(every_ms, times), do: GenServer.cast(__MODULE__, {:tick, every_ms, times})

  @impl true
  def init(host), do: {:ok, %{host: host, count: 0}}

  @impl true
  def handle_call({:add, n}, _from, state) do
    count = state.count + n
    Host.log("added #{n}, count is #{count}")
    send(state.host, {:changed, count})
    {:reply, count, %{state | count: count}}
  end

  def handle_call(:value, _from, state), do: {:reply, state.count, state}

  @impl true
  def handle_cast({:tick, every_ms, times}, state) do
    IO.puts("ticking #{times} times, every #{every_ms} ms")
    Process.send_after(self(), {:tick, every_ms, times}, every_ms)
    {:noreply, state}
  end

  @impl true
  def handle_info({:tick, _every_ms, 0}, state) do
    send(state.host, :ticks_done)
    {:noreply, state}
  end

  def handle_info({:tick, every_ms, times}, state) do
    count = state.count + 1
    send(state.host, {:tick, count})
    Process.send_after(self(), {:tick, every_ms, times - 1}, every_ms)
    {:noreply, %{state | count: count}}
  end
end
