# While a process spins forever, the main process's timers still fire
defmodule BusyTimer do
  def spin(n), do: spin(n + 1)

  def run do
    spinner = spawn(fn -> spin(0) end)
    IO.inspect(Process.sleep(30))
    receive do
      :nothing -> :ok
    after
      20 -> IO.puts("after fired while spinner runs")
    end
    Process.send_after(self(), :timer_msg, 10)
    receive do
      :timer_msg -> IO.puts("send_after fired while spinner runs")
    end
    ref = Process.monitor(spinner)
    Process.exit(spinner, :kill)
    receive do
      {:DOWN, ^ref, :process, ^spinner, r} -> IO.inspect(r)
    end
  end
end

BusyTimer.run()
