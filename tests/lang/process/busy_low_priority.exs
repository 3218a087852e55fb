# A low-priority spinner does not stop normal-priority work, and itself still runs
defmodule BusyLow do
  def spin(parent, n) do
    if n == 1000, do: send(parent, :spinner_progressed)
    spin(parent, n + 1)
  end

  def run do
    parent = self()
    s = spawn(fn ->
      Process.flag(:priority, :low)
      spin(parent, 0)
    end)
    workers = for i <- 1..10, do: spawn(fn -> send(parent, {:w, i, Enum.sum(1..(i * 1000))}) end)
    results = for _ <- workers, do: (receive do {:w, i, s} -> {i, s} end)
    IO.inspect(Enum.sort(results))
    receive do
      :spinner_progressed -> IO.puts("low-priority spinner progressed")
    end
    ref = Process.monitor(s)
    Process.exit(s, :kill)
    receive do
      {:DOWN, ^ref, :process, ^s, r} -> IO.inspect(r)
    end
  end
end

BusyLow.run()
