# {:continue, x} from handle_info; handle_continue may return {:stop, reason, s}
defmodule CI do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_info(:go, parent), do: {:noreply, parent, {:continue, :finish}}

  def handle_continue(:finish, parent) do
    send(parent, :continued)
    {:stop, {:shutdown, :finished}, parent}
  end

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(CI, self())
    ref = Process.monitor(pid)
    send(pid, :go)
    receive do
      :continued -> IO.puts("continued")
    end
    receive do
      {:terminate, r} -> IO.inspect(r, label: "terminate")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "DOWN")
    end
  end
end

Main.run()
