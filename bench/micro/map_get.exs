# Micro-benchmark: N lookups Map.get(map, key) of an atom key in a map of 8
# atom keys (default 100,000). Prints the sum of what was read; no timing.
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

defmodule MapGet do
  def loop(0, _m, acc), do: acc
  def loop(n, m, acc), do: loop(n - 1, m, acc + Map.get(m, :f))
end

n = Param.int("N", 100_000)
m = %{a: 1, b: 2, c: 3, d: 4, e: 5, f: rem(n, 7) + 1, g: 7, h: 8}
IO.puts("map_get n=#{n} result=#{MapGet.loop(n, m, 0)}")
