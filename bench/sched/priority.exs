# Priorities: LOAD CPU-bound processes (default 50) run at :normal priority. A :high ticker
# wakes every INTERVAL_MS (default 2), SAMPLES times (default 100), and sends the time to a
# probe process, which measures how long the message took to be handled: the time it waited
# for the scheduler. One probe runs for each priority in PRIORITIES (default "normal,high"),
# one after the other. PRIO_p50_us/PRIO_p99_us: its latency; p50_us/p99_us: the last probe's.
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

defmodule Prio do
  def spin(n), do: spin(n + 1)

  def measure(priority, samples, interval_ms) do
    parent = self()

    probe =
      spawn(fn ->
        Process.flag(:priority, priority)
        send(parent, {:latency, priority, receive_ticks([])})
      end)

    spawn(fn ->
      Process.flag(:priority, :high)
      tick(probe, samples, interval_ms)
    end)

    receive do
      {:latency, ^priority, latency} -> Enum.sort(latency)
    end
  end

  defp tick(probe, 0, _interval_ms), do: send(probe, :done)

  defp tick(probe, k, interval_ms) do
    receive do
    after
      interval_ms -> send(probe, {:tick, System.monotonic_time(:microsecond)})
    end

    tick(probe, k - 1, interval_ms)
  end

  defp receive_ticks(acc) do
    receive do
      {:tick, t} -> receive_ticks([System.monotonic_time(:microsecond) - t | acc])
      :done -> acc
    end
  end

  # Nearest-rank percentile of an ascending list of n values.
  def percentile(sorted, n, p), do: Enum.at(sorted, max(div(n * p + 99, 100) - 1, 0))
end

load = Param.int("LOAD", 50)
samples = Param.int("SAMPLES", 100)
interval_ms = Param.int("INTERVAL_MS", 2)
priorities = Enum.map(String.split(Param.get("PRIORITIES") || "normal,high", ","), &String.to_atom/1)
spinners = Enum.map(1..load//1, fn _ -> spawn(fn -> Prio.spin(0) end) end)
Process.sleep(10)
t0 = System.monotonic_time(:microsecond)

figures =
  Enum.map(priorities, fn priority ->
    sorted = Prio.measure(priority, samples, interval_ms)
    {priority, Prio.percentile(sorted, samples, 50), Prio.percentile(sorted, samples, 99)}
  end)

us = System.monotonic_time(:microsecond) - t0
Enum.each(spinners, &Process.exit(&1, :kill))
text = Enum.map(figures, fn {p, p50, p99} -> "#{p}_p50_us=#{p50} #{p}_p99_us=#{p99} " end)
{_, last_p50, last_p99} = List.last(figures)
IO.puts("priority load=#{load} samples=#{samples} #{text}p50_us=#{last_p50} p99_us=#{last_p99} us=#{us}")
