# Process.info(pid, :status): :running for self, :waiting for a process blocked in receive
defmodule InfoStatus do
  def wait_status(pid, want, tries) do
    case Process.info(pid, :status) do
      {:status, ^want} -> {:status, want}
      other when tries == 0 -> other
      _ ->
        Process.sleep(2)
        wait_status(pid, want, tries - 1)
    end
  end

  def run do
    IO.inspect(Process.info(self(), :status))
    pid = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(wait_status(pid, :waiting, 1000))
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end
    IO.inspect(Process.info(pid, :status))
    sleeper = spawn(fn -> Process.sleep(:infinity) end)
    IO.inspect(wait_status(sleeper, :waiting, 1000))
    Process.exit(sleeper, :kill)
  end
end

InfoStatus.run()
