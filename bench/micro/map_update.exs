# Micro-benchmark: N field updates %{m | c: m.c + 1} on a map of 8 atom keys
# (default 100,000): one m.c read and one %{m | ...} update per step. Prints the
# final map; no timing.
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

defmodule MapUpdate do
  def loop(0, m), do: m
  def loop(n, m), do: loop(n - 1, %{m | c: m.c + 1})
end

n = Param.int("N", 100_000)
m = %{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8}
IO.puts("map_update n=#{n} result=#{inspect(MapUpdate.loop(n, m))}")
