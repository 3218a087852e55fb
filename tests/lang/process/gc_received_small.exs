# A process keeps 50 small received lists in its state; collections must account for
# the received message blocks
defmodule GcSmall do
  def collector(acc, 0, parent), do: send(parent, {:total, Enum.reverse(acc)})
  def collector(acc, n, parent) do
    receive do
      {:data, x} -> collector([x | acc], n - 1, parent)
    end
  end

  def run do
    parent = self()
    c = spawn(fn -> collector([], 50, parent) end)
    for i <- 1..50, do: send(c, {:data, [i]})
    receive do
      {:total, l} -> IO.inspect(List.flatten(l) == Enum.to_list(1..50))
    end
  end
end

GcSmall.run()
