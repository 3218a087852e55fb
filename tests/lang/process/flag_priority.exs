# Process.flag(:priority, ...) returns the previous priority
defmodule FlagPrio do
  def run do
    parent = self()
    spawn(fn ->
      out = [
        Process.flag(:priority, :high),
        Process.flag(:priority, :low),
        Process.flag(:priority, :normal),
        Process.flag(:priority, :normal)
      ]
      send(parent, {:prio, out})
    end)
    receive do
      {:prio, out} -> IO.inspect(out)
    end
    low = spawn(fn ->
      Process.flag(:priority, :low)
      receive do
        {:work, from, n} -> send(from, {:low_done, Enum.sum(1..n)})
      end
    end)
    high = spawn(fn ->
      Process.flag(:priority, :high)
      receive do
        {:work, from, n} -> send(from, {:high_done, Enum.sum(1..n)})
      end
    end)
    send(low, {:work, parent, 1000})
    send(high, {:work, parent, 2000})
    a = receive do {:low_done, s} -> s end
    b = receive do {:high_done, s} -> s end
    IO.inspect({a, b})
  end
end

FlagPrio.run()
