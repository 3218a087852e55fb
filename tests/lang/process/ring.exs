# A ring of 1,000 processes passing a token around 10 times.
defmodule Ring do
  def start(n, rounds) do
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

IO.inspect(Ring.start(1000, 10))
