# {:stop, reason, s} from handle_cast runs terminate/2 and exits with the reason
Logger.configure(level: :none)

defmodule CS do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_cast({:stop, r}, parent), do: {:stop, r, parent}

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    for r <- [:normal, :shutdown, {:shutdown, :x}, :crash] do
      {:ok, pid} = GenServer.start(CS, self())
      ref = Process.monitor(pid)
      IO.inspect(GenServer.cast(pid, {:stop, r}))
      receive do
        {:terminate, reason} -> IO.inspect(reason, label: "terminate")
      end
      receive do
        {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "DOWN")
      end
    end
  end
end

Main.run()
