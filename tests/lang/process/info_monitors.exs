# Process.info(pid, :monitors)
defmodule InfoMon do
  def run do
    IO.inspect(Process.info(self(), :monitors))
    a = spawn(fn -> receive do :stop -> :ok end end)
    b = spawn(fn -> receive do :stop -> :ok end end)
    ra = Process.monitor(a)
    rb = Process.monitor(b)
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(length(ms))
    IO.inspect(Enum.sort(ms) == Enum.sort([{:process, a}, {:process, b}]))
    IO.inspect(Process.info(a, :monitors))
    Process.demonitor(ra)
    IO.inspect(Process.info(self(), :monitors) == {:monitors, [{:process, b}]})
    send(b, :stop)
    receive do
      {:DOWN, ^rb, :process, ^b, :normal} -> :ok
    end
    IO.inspect(Process.info(self(), :monitors))
    parent = self()
    c = spawn(fn ->
      ref = Process.monitor(a)
      send(parent, {:monitoring, ref != nil})
      receive do
        :stop -> :ok
      end
    end)
    receive do
      {:monitoring, true} -> :ok
    end
    IO.inspect(Process.info(c, :monitors) == {:monitors, [{:process, a}]})
    send(a, :stop)
    send(c, :stop)
  end
end

InfoMon.run()
