# Ping-pong latency under load: SPINNERS CPU-bound processes (default 50) count in a loop
# while the main process makes SAMPLES round trips (default 200) to an echo process.
# p50_us/p99_us: round-trip latency; per_s: loop iterations the spinners completed per
# second, the throughput that the reductions budget trades against the latency.
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

defmodule Spinner do
  # Between chunks of counting a spinner looks for a report request without waiting.
  @chunk 1000

  def start(), do: spawn(fn -> spin(0, @chunk) end)

  defp spin(n, 0) do
    receive do
      {:report, from} -> send(from, {:count, n})
    after
      0 -> spin(n, @chunk)
    end
  end

  defp spin(n, k), do: spin(n + 1, k - 1)
end

defmodule PingPong do
  def echo() do
    receive do
      {:ping, from} ->
        send(from, :pong)
        echo()
    end
  end

  def sample(_echo, 0, acc), do: acc

  def sample(echo, k, acc) do
    t0 = System.monotonic_time(:microsecond)
    send(echo, {:ping, self()})

    receive do
      :pong -> :ok
    end

    sample(echo, k - 1, [System.monotonic_time(:microsecond) - t0 | acc])
  end

  # Nearest-rank percentile of an ascending list of n values.
  def percentile(sorted, n, p), do: Enum.at(sorted, max(div(n * p + 99, 100) - 1, 0))
end

spinners = Param.int("SPINNERS", 50)
samples = Param.int("SAMPLES", 200)
t_load = System.monotonic_time(:microsecond)
pids = Enum.map(1..spinners//1, fn _ -> Spinner.start() end)
echo = spawn(fn -> PingPong.echo() end)
Process.sleep(10)
t0 = System.monotonic_time(:microsecond)
latencies = PingPong.sample(echo, samples, [])
t1 = System.monotonic_time(:microsecond)
Enum.each(pids, &send(&1, {:report, self()}))

work =
  Enum.reduce(pids, 0, fn _, acc ->
    receive do
      {:count, n} -> acc + n
    end
  end)

sorted = Enum.sort(latencies)
p50 = PingPong.percentile(sorted, samples, 50)
p99 = PingPong.percentile(sorted, samples, 99)
per_s = div(work * 1_000_000, max(t1 - t_load, 1))
IO.puts("ping_pong spinners=#{spinners} samples=#{samples} p50_us=#{p50} p99_us=#{p99} per_s=#{per_s} us=#{t1 - t0}")
