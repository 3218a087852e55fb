# Fairness: SPINNERS equal CPU-bound processes (default 20) count in a loop for DURATION_MS
# milliseconds (default 300). spread = fewest iterations done by one / most done by one
# (1.0 is perfectly even); per_s = iterations of all of them per second. us= is the
# measured window, so it is about DURATION_MS on any VM: the figures are spread and per_s.
# Parameters: NAME=VALUE after the script name, else the environment variable NAME.
defmodule Param do
  def int(name, default) do
    case get(name) do
      nil -> default
      value -> String.to_integer(value)
    end
  end

  def get(name) do
    prefix = name <> "="

    case Enum.find(System.argv(), &String.starts_with?(&1, prefix)) do
      nil -> System.get_env(name)
      arg -> String.replace_prefix(arg, prefix, "")
    end
  end
end

defmodule Fair do
  # A spinner reads the clock once per chunk of counting.
  @chunk 1000

  def start(parent, deadline), do: spawn(fn -> spin(parent, deadline, 0, @chunk) end)

  defp spin(parent, deadline, n, 0) do
    if System.monotonic_time(:microsecond) >= deadline do
      send(parent, {:count, n})
    else
      spin(parent, deadline, n, @chunk)
    end
  end

  defp spin(parent, deadline, n, k), do: spin(parent, deadline, n + 1, k - 1)

  def collect(0, acc), do: acc

  def collect(left, acc) do
    receive do
      {:count, n} -> collect(left - 1, [n | acc])
    end
  end
end

spinners = Param.int("SPINNERS", 20)
duration_ms = Param.int("DURATION_MS", 300)
t0 = System.monotonic_time(:microsecond)
deadline = t0 + duration_ms * 1000
Enum.each(1..spinners//1, fn _ -> Fair.start(self(), deadline) end)
counts = Fair.collect(spinners, [])
us = max(System.monotonic_time(:microsecond) - t0, 1)
spread = Float.round(Enum.min(counts) / max(Enum.max(counts), 1), 3)
per_s = div(Enum.sum(counts) * 1_000_000, us)
IO.puts("fairness spinners=#{spinners} spread=#{spread} per_s=#{per_s} us=#{us}")
