# Raw interpreter speed: doubly recursive fib(N) (default 30), about 2.7 million calls.
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

defmodule Fib do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

n = Param.int("N", 30)
t0 = System.monotonic_time(:microsecond)
result = Fib.fib(n)
us = max(System.monotonic_time(:microsecond) - t0, 1)
IO.puts("fib n=#{n} result=#{result} us=#{us}")
