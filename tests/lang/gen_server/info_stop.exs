# handle_info returning {:stop, reason, s} runs terminate/2 and exits with the reason;
# {:noreply, s, timeout} from handle_info arms a timeout like the other callbacks
Logger.configure(level: :none)

defmodule InfoStop do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_info({:stop, r}, parent), do: {:stop, r, parent}
  def handle_info(:arm, parent), do: {:noreply, parent, 10}
  def handle_info(:timeout, parent) do
    send(parent, :timeout_after_info)
    {:noreply, parent}
  end

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(InfoStop, self())
    ref = Process.monitor(pid)
    send(pid, :arm)
    receive do
      :timeout_after_info -> IO.puts("timeout after handle_info")
    end
    send(pid, {:stop, {:shutdown, :asked}})
    receive do
      {:terminate, r} -> IO.inspect(r, label: "terminate")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "DOWN")
    end
  end
end

Main.run()
