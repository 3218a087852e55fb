# Micro-benchmark: N round trips between two processes (default 100,000): the
# main process sends a number to an echo process and waits for its reply, so
# each round trip is two sends, two receives and two process switches. Prints
# the sum of the replies; no timing.
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

defmodule PingPong do
  def echo do
    receive do
      {:ping, from, x} ->
        send(from, {:pong, x})
        echo()

      :stop ->
        :ok
    end
  end

  def loop(0, _echo, acc), do: acc

  def loop(n, echo, acc) do
    send(echo, {:ping, self(), n})

    receive do
      {:pong, x} -> loop(n - 1, echo, acc + x)
    end
  end
end

n = Param.int("N", 100_000)
echo = spawn(&PingPong.echo/0)
result = PingPong.loop(n, echo, 0)
send(echo, :stop)
IO.puts("ping_pong n=#{n} result=#{result}")
