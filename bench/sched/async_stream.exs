# Task.async_stream: TASKS small tasks (default 20,000), MAX_CONCURRENCY at a time
# (default 8, given explicitly: beamlet reports one scheduler), results in order.
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

tasks = Param.int("TASKS", 20_000)
max_concurrency = Param.int("MAX_CONCURRENCY", 8)
t0 = System.monotonic_time(:microsecond)

sum =
  1..tasks//1
  |> Task.async_stream(fn x -> x * x end, max_concurrency: max_concurrency)
  |> Enum.reduce(0, fn {:ok, v}, acc -> acc + v end)

us = max(System.monotonic_time(:microsecond) - t0, 1)
^sum = Enum.sum(Enum.map(1..tasks//1, fn x -> x * x end))
IO.puts("async_stream tasks=#{tasks} max_concurrency=#{max_concurrency} per_s=#{div(tasks * 1_000_000, us)} us=#{us}")
