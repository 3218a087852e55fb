# Ring: PROCS processes (default 10,000) pass a token around ROUNDS times (default 100),
# PROCS × ROUNDS hops in all.
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

defmodule Ring do
  def run(n, rounds) do
    first = self()
    last = Enum.reduce(1..(n - 1)//1, first, fn _, next -> spawn(fn -> relay(next) end) end)
    send(last, {:token, n * rounds})
    wait(last)
  end

  def relay(next) do
    receive do
      {:token, 0} ->
        send(next, {:token, 0})

      {:token, k} ->
        send(next, {:token, k - 1})
        relay(next)
    end
  end

  # The main process is the ring's last link: it passes the token on to
  # the first process spawned, until the count runs out.
  defp wait(last) do
    receive do
      {:token, 0} ->
        :done

      {:token, k} ->
        send(last, {:token, k - 1})
        wait(last)
    end
  end
end

procs = Param.int("PROCS", 10_000)
rounds = Param.int("ROUNDS", 100)
t0 = System.monotonic_time(:microsecond)
:done = Ring.run(procs, rounds)
us = max(System.monotonic_time(:microsecond) - t0, 1)
IO.puts("ring procs=#{procs} rounds=#{rounds} per_s=#{div(procs * rounds * 1_000_000, us)} us=#{us}")
