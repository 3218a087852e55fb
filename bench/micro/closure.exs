# Micro-benchmark: N calls of an anonymous function that captured a variable
# (default 100,000). Prints the sum; no timing.
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

defmodule Closure do
  def loop(0, _f, acc), do: acc
  def loop(n, f, acc), do: loop(n - 1, f, acc + f.(n))
end

n = Param.int("N", 100_000)
# The captured value comes from N so that it is only known at run time.
k = rem(n, 7) + 1
add_k = fn x -> x + k end
IO.puts("closure n=#{n} result=#{Closure.loop(n, add_k, 0)}")
