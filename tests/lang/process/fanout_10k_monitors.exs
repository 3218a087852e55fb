# 10,000 monitored processes, each waiting for :go, then all exit and are observed
defmodule FanMon do
  def run do
    parent = self()
    n = 10_000
    procs =
      for i <- 1..n do
        spawn_monitor(fn ->
          receive do
            :go -> send(parent, {:ok, i})
          end
          exit({:done, rem(i, 3)})
        end)
      end
    Enum.each(procs, fn {p, _} -> send(p, :go) end)
    oks = Enum.reduce(1..n, 0, fn _, acc -> receive do {:ok, i} -> acc + i end end)
    IO.inspect(oks)
    counts =
      Enum.reduce(1..n, %{}, fn _, acc ->
        receive do
          {:DOWN, _, :process, _, {:done, k}} -> Map.update(acc, k, 1, &(&1 + 1))
        end
      end)
    IO.inspect(counts)
    IO.inspect(Enum.count(procs, fn {p, _} -> Process.alive?(p) end))
  end
end

FanMon.run()
