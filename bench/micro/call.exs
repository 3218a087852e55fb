# Micro-benchmark: N non-tail calls to a local function (default 100,000).
# Each step of the counting loop calls id/1 and adds its result, so the call
# returns to its caller. Prints the sum; no timing (bench/micro/run counts instructions).
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

defmodule Call do
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + id(n))

  defp id(x), do: x
end

n = Param.int("N", 100_000)
IO.puts("call n=#{n} result=#{Call.loop(n, 0)}")
