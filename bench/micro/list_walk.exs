# Micro-benchmark: sum a list by tail recursion over its cells, N cells in all
# (default 100,000): a list of 1,000 integers, built once, is walked N / 1,000
# times (N is rounded down to a multiple of 1,000). Prints the sum; no timing.
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

defmodule ListWalk do
  @length 1000

  def run(n) do
    list = Enum.to_list(1..@length)
    rounds(div(n, @length), list, 0)
  end

  defp rounds(0, _list, acc), do: acc
  defp rounds(r, list, acc), do: rounds(r - 1, list, sum(list, acc))

  defp sum([], acc), do: acc
  defp sum([x | rest], acc), do: sum(rest, acc + x)
end

n = Param.int("N", 100_000)
IO.puts("list_walk n=#{n} result=#{ListWalk.run(n)}")
