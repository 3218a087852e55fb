# 10,000 round trips between two processes
defmodule PingPong do
  def pong do
    receive do
      {:ping, from, n} -> send(from, {:pong, n}); pong()
      :stop -> :ok
    end
  end

  def ping(_p, 0, acc), do: acc
  def ping(p, n, acc) do
    send(p, {:ping, self(), n})
    receive do
      {:pong, ^n} -> ping(p, n - 1, acc + 1)
    end
  end

  def run do
    p = spawn(fn -> pong() end)
    IO.inspect(ping(p, 10_000, 0))
    ref = Process.monitor(p)
    send(p, :stop)
    receive do
      {:DOWN, ^ref, :process, ^p, r} -> IO.inspect(r)
    end
  end
end

PingPong.run()
