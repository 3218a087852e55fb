# Selective receive: skipped messages keep their order for later receives
defmodule Selective do
  def take_evens(0, acc), do: Enum.reverse(acc)
  def take_evens(n, acc) do
    receive do
      {:n, x} when rem(x, 2) == 0 -> take_evens(n - 1, [x | acc])
    end
  end

  def drain(acc) do
    receive do
      m -> drain([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end

  def run do
    for i <- 1..10, do: send(self(), {:n, i})
    send(self(), :marker)
    IO.inspect(take_evens(5, []))
    receive do
      :marker -> IO.puts("marker found behind odd numbers")
    end
    IO.inspect(drain([]))
    send(self(), :a)
    send(self(), :b)
    send(self(), :c)
    receive do
      :c -> IO.puts("c first")
    end
    receive do
      x -> IO.inspect(x)
    end
    send(self(), :d)
    receive do
      x -> IO.inspect(x)
    end
    receive do
      x -> IO.inspect(x)
    end
  end
end

Selective.run()
