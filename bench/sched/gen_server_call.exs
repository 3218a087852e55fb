# GenServer.call round trips: one client makes CALLS calls (default 200,000) to a counter.
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

defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}
end

defmodule Bench do
  def loop(_server, 0, last), do: last
  def loop(server, k, _last), do: loop(server, k - 1, GenServer.call(server, :bump))
end

calls = Param.int("CALLS", 200_000)
{:ok, server} = GenServer.start_link(Counter, 0)
t0 = System.monotonic_time(:microsecond)
^calls = Bench.loop(server, calls, 0)
us = max(System.monotonic_time(:microsecond) - t0, 1)
IO.puts("gen_server_call calls=#{calls} per_s=#{div(calls * 1_000_000, us)} us=#{us}")
