# Micro-benchmark: N times build a 3-tuple and take it apart by pattern
# matching in the next step of the loop (default 100,000). Prints the last
# tuple; no timing.
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

defmodule Tuple3 do
  def loop(0, t), do: t
  def loop(n, {a, b, _c}), do: loop(n - 1, {a + 1, b + n, n})
end

n = Param.int("N", 100_000)
IO.puts("tuple n=#{n} result=#{inspect(Tuple3.loop(n, {0, 0, 0}))}")
