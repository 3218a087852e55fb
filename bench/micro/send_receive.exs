# Micro-benchmark: N times a process sends itself a message and receives it
# (default 100,000); the mailbox is empty between steps. Prints the sum of the
# messages; no timing.
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

defmodule SendReceive do
  def loop(0, acc), do: acc

  def loop(n, acc) do
    send(self(), {:n, n})

    receive do
      {:n, x} -> loop(n - 1, acc + x)
    end
  end
end

n = Param.int("N", 100_000)
IO.puts("send_receive n=#{n} result=#{SendReceive.loop(n, 0)}")
