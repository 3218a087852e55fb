# a GenServer that starts Task.async receives {ref, result} and the :DOWN in handle_info
defmodule Fetcher do
  use GenServer

  def init(parent), do: {:ok, %{parent: parent, task: nil, log: []}}

  def handle_cast({:fetch, x}, s) do
    task = Task.async(fn -> {:fetched, x} end)
    {:noreply, %{s | task: task}}
  end

  def handle_info({ref, result}, %{task: %Task{ref: ref}} = s) do
    Process.demonitor(ref, [:flush])
    send(s.parent, {:result, result})
    {:noreply, %{s | task: nil, log: [:reply | s.log]}}
  end

  def handle_info(other, s), do: {:noreply, %{s | log: [{:other, other} | s.log]}}

  def handle_call(:log, _from, s), do: {:reply, Enum.reverse(s.log), s}
end

{:ok, pid} = GenServer.start_link(Fetcher, self())
GenServer.cast(pid, {:fetch, 1})
receive do
  {:result, r} -> IO.inspect(r)
end
GenServer.cast(pid, {:fetch, 2})
receive do
  {:result, r} -> IO.inspect(r)
end
Process.sleep(20)
IO.inspect(GenServer.call(pid, :log))
