# start_link returns {:ok, pid} as soon as init/1 returns, even when the continue that
# follows stops the server right away
Logger.configure(level: :none)

defmodule Brief do
  use GenServer

  def init(parent), do: {:ok, parent, {:continue, :quit}}

  def handle_continue(:quit, parent), do: {:stop, :quit_in_continue, parent}

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

Process.flag(:trap_exit, true)
{:ok, pid} = GenServer.start_link(Brief, self())
IO.inspect(is_pid(pid))
receive do
  {:terminate, r} -> IO.inspect(r, label: "terminate")
end
receive do
  {:EXIT, ^pid, r} -> IO.inspect(r, label: "EXIT")
end
