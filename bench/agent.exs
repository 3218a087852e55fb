# Agent: one client makes UPDATES Agent.update calls (default 200,000) on a counter,
# then reads it back with Agent.get.
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

defmodule Bench do
  def loop(_agent, 0), do: :ok

  def loop(agent, k) do
    :ok = Agent.update(agent, fn n -> n + 1 end)
    loop(agent, k - 1)
  end
end

updates = Param.int("UPDATES", 200_000)
{:ok, agent} = Agent.start_link(fn -> 0 end)
t0 = System.monotonic_time(:microsecond)
Bench.loop(agent, updates)
^updates = Agent.get(agent, fn n -> n end)
us = max(System.monotonic_time(:microsecond) - t0, 1)
IO.puts("agent updates=#{updates} per_s=#{div(updates * 1_000_000, us)} us=#{us}")
