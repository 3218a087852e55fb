# handle_continue can return {:noreply, s, {:continue, y}}: continues chain, and all of them
# run before the next queued message
defmodule Chain do
  use GenServer

  def init(_), do: {:ok, []}

  def handle_cast(:start, log), do: {:noreply, [:cast | log], {:continue, 1}}
  def handle_cast(:next, log), do: {:noreply, [:next_cast | log]}

  def handle_continue(3, log), do: {:noreply, [{:continue, 3} | log]}
  def handle_continue(n, log), do: {:noreply, [{:continue, n} | log], {:continue, n + 1}}

  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}
end

{:ok, pid} = GenServer.start_link(Chain, nil)
:sys.suspend(pid)
GenServer.cast(pid, :start)
GenServer.cast(pid, :next)
:sys.resume(pid)
IO.inspect(GenServer.call(pid, :log))
