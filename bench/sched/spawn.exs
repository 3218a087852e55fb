# Spawn storm: PROCS short-lived processes (default 200,000), each reporting back once.
# At most WINDOW of them (default 1,000) are outstanding at a time: a new one is spawned
# as each report arrives. WINDOW=PROCS spawns them all before collecting anything, which
# on the BEAM makes every collection of the parent copy a huge mailbox.
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

defmodule Storm do
  def run(procs, window) do
    first = min(window, procs)
    Enum.each(1..first//1, &start(self(), &1))
    collect(first + 1, procs, procs, 0)
  end

  defp start(parent, i), do: spawn(fn -> send(parent, i) end)

  defp collect(_next, _procs, 0, acc), do: acc

  defp collect(next, procs, left, acc) do
    receive do
      i ->
        if next <= procs, do: start(self(), next)
        collect(next + 1, procs, left - 1, acc + i)
    end
  end
end

procs = Param.int("PROCS", 200_000)
window = Param.int("WINDOW", 1_000)
t0 = System.monotonic_time(:microsecond)
sum = Storm.run(procs, window)
us = max(System.monotonic_time(:microsecond) - t0, 1)
^sum = div(procs * (procs + 1), 2)
IO.puts("spawn procs=#{procs} window=#{window} per_s=#{div(procs * 1_000_000, us)} us=#{us}")
