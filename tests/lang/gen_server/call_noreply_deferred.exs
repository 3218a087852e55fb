# {:noreply, s} from handle_call plus GenServer.reply/2 later (from a cast or another process);
# reply/2 returns :ok
defmodule Deferred do
  use GenServer

  def init(_), do: {:ok, []}

  def handle_call(:wait, from, waiting), do: {:noreply, [from | waiting]}
  def handle_call(:wait_other, from, waiting) do
    spawn(fn -> send(:result_holder, {:reply_result, GenServer.reply(from, :from_other_process)}) end)
    {:noreply, waiting}
  end

  def handle_cast({:release, v}, waiting) do
    results = Enum.map(Enum.reverse(waiting), fn from -> GenServer.reply(from, {:released, v}) end)
    send(:result_holder, {:reply_results, results})
    {:noreply, []}
  end
end

Process.register(self(), :result_holder)
{:ok, pid} = GenServer.start_link(Deferred, nil)
parent = self()
for i <- 1..3 do
  spawn(fn -> send(parent, {:caller, i, GenServer.call(pid, :wait)}) end)
end
Process.sleep(30)
GenServer.cast(pid, {:release, :now})
receive do
  {:reply_results, r} -> IO.inspect(r)
end
for i <- 1..3 do
  receive do
    {:caller, ^i, reply} -> IO.inspect({i, reply})
  end
end
IO.inspect(GenServer.call(pid, :wait_other))
receive do
  {:reply_result, r} -> IO.inspect(r)
end
