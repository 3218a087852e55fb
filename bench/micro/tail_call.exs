# Micro-benchmark: a counting loop of N self tail calls (default 100,000).
# This is the loop every other micro-benchmark runs its operation in, so its
# count is their shared overhead. Prints the sum; no timing.
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

defmodule TailCall do
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + n)
end

n = Param.int("N", 100_000)
IO.puts("tail_call n=#{n} result=#{TailCall.loop(n, 0)}")
