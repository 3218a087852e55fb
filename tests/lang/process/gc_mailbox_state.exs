# A process keeps thousands of received messages in its state across garbage collections
# gcstress: skip (thousands of live received lists make every-allocation collection quadratic)
defmodule GcState do
  def collector(acc, 0, parent) do
    total = acc |> Enum.map(&Enum.sum/1) |> Enum.sum()
    send(parent, {:total, length(acc), total})
  end

  def collector(acc, n, parent) do
    receive do
      {:data, list} -> collector([list | acc], n - 1, parent)
    end
  end

  def run do
    parent = self()
    c = spawn(fn -> collector([], 3000, parent) end)
    for i <- 1..3000, do: send(c, {:data, Enum.to_list(i..(i + 99))})
    receive do
      {:total, n, t} -> IO.inspect({n, t})
    end
    expected = Enum.sum(for i <- 1..3000, do: 100 * i + 4950)
    IO.inspect(expected)
  end
end

GcState.run()
