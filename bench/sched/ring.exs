# Ring: 10,000 processes pass a token around 100 times (1,000,000 hops).
defmodule Ring do
  def run(n, rounds) do
    first = self()
    last = Enum.reduce(1..(n - 1), first, fn _, next -> spawn(fn -> relay(next) end) end)
    send(last, {:token, n * rounds})
    wait()
  end

  def relay(next) do
    receive do
      {:token, 0} -> send(next, {:token, 0})
      {:token, k} ->
        send(next, {:token, k - 1})
        relay(next)
    end
  end

  defp wait() do
    receive do
      {:token, 0} -> :done
      {:token, k} ->
        send(self(), {:token, k - 1})
        wait()
    end
  end
end

t0 = System.monotonic_time(:microsecond)
:done = Ring.run(10_000, 100)
t1 = System.monotonic_time(:microsecond)
IO.puts("ring processes=10000 rounds=100 us=#{t1 - t0}")
