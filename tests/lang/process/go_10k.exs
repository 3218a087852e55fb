# 10,000 processes all wait for :go; each replies to a request carrying the caller's pid
defmodule Go10k do
  def run do
    parent = self()
    pids =
      for i <- 1..10_000 do
        spawn(fn ->
          receive do
            {:go, from} -> send(from, {:reply, i, rem(i, 7)})
          end
        end)
      end
    Enum.each(pids, &send(&1, {:go, parent}))
    tally =
      Enum.reduce(pids, %{}, fn _, acc ->
        receive do
          {:reply, _i, r} -> Map.update(acc, r, 1, &(&1 + 1))
        end
      end)
    IO.inspect(tally)
    IO.inspect(Enum.sum(Map.values(tally)))
  end
end

Go10k.run()
