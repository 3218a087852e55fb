# Spawn storm: 200,000 short-lived processes, each reporting back once.
defmodule Storm do
  def run(n) do
    parent = self()
    Enum.each(1..n, fn i -> spawn(fn -> send(parent, i) end) end)
    collect(n, 0)
  end

  defp collect(0, acc), do: acc
  defp collect(n, acc) do
    receive do
      i -> collect(n - 1, acc + i)
    end
  end
end

t0 = System.monotonic_time(:microsecond)
sum = Storm.run(200_000)
t1 = System.monotonic_time(:microsecond)
IO.puts("spawn processes=200000 sum=#{sum} us=#{t1 - t0}")
