# in a trapping server, EXIT messages from linked processes other than the parent
# are delivered to handle_info/2 and the server keeps running
defmodule Watcher do
  use GenServer

  def init(_) do
    Process.flag(:trap_exit, true)
    {:ok, []}
  end

  def handle_call({:spawn_linked, reason}, _from, log) do
    pid = spawn_link(fn -> exit(reason) end)
    {:reply, pid, log}
  end

  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}

  def handle_info({:EXIT, pid, reason}, log), do: {:noreply, [{:EXIT, is_pid(pid), reason} | log]}
end

{:ok, pid} = GenServer.start_link(Watcher, nil)
GenServer.call(pid, {:spawn_linked, :normal})
GenServer.call(pid, {:spawn_linked, :crashed})
GenServer.call(pid, {:spawn_linked, {:shutdown, 1}})
Process.sleep(30)
IO.inspect(Enum.sort(GenServer.call(pid, :log)))
IO.inspect(Process.alive?(pid))
