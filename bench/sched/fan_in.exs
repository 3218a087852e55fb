# Fan-in: PRODUCERS processes (default 100) send MESSAGES messages in all (default 1,000,000)
# to one consumer, the main process, which counts them and sums their payloads.
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

defmodule FanIn do
  def run(producers, per_producer) do
    consumer = self()
    Enum.each(1..producers//1, fn _ -> spawn(fn -> produce(consumer, per_producer) end) end)
    consume(producers * per_producer, 0)
  end

  defp produce(_consumer, 0), do: :ok

  defp produce(consumer, k) do
    send(consumer, {:item, k})
    produce(consumer, k - 1)
  end

  defp consume(0, acc), do: acc

  defp consume(left, acc) do
    receive do
      {:item, k} -> consume(left - 1, acc + k)
    end
  end
end

producers = Param.int("PRODUCERS", 100)
messages = Param.int("MESSAGES", 1_000_000)
per_producer = div(messages, producers)
t0 = System.monotonic_time(:microsecond)
sum = FanIn.run(producers, per_producer)
us = max(System.monotonic_time(:microsecond) - t0, 1)
^sum = producers * div(per_producer * (per_producer + 1), 2)
total = producers * per_producer
IO.puts("fan_in producers=#{producers} messages=#{total} per_s=#{div(total * 1_000_000, us)} us=#{us}")
