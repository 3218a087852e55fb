# Two spinning processes do not stop 1,000 ping-pong round trips from completing
defmodule BusyPing do
  def spin(n), do: spin(rem(n + 1, 1_000_000))

  def ponger do
    receive do
      {:ping, from, n} ->
        send(from, {:pong, n})
        ponger()
      :stop ->
        :ok
    end
  end

  def ping(_pid, 0, acc), do: acc
  def ping(pid, n, acc) do
    send(pid, {:ping, self(), n})
    receive do
      {:pong, ^n} -> ping(pid, n - 1, acc + n)
    end
  end

  def run do
    s1 = spawn(fn -> spin(0) end)
    s2 = spawn(fn -> spin(0) end)
    p = spawn(fn -> ponger() end)
    IO.inspect(ping(p, 1000, 0))
    for s <- [s1, s2] do
      ref = Process.monitor(s)
      Process.exit(s, :kill)
      receive do
        {:DOWN, ^ref, :process, ^s, r} -> IO.inspect(r)
      end
    end
    send(p, :stop)
  end
end

BusyPing.run()
