# Selective receive past a full mailbox: the main process holds MAILBOX unrelated messages
# (default 1,000) and then, ROUNDS times (default 10,000), sends itself a numbered message
# and receives exactly that one, so every receive looks past all the others (scan_us).
# Then it makes ROUNDS GenServer.call round trips with the same mailbox (call_us): the BEAM
# skips the old messages there, as the reply is matched on a reference made just before.
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

defmodule Echo do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_call(k, _from, state), do: {:reply, k, state}
end

defmodule Selective do
  def scan(0), do: :ok

  def scan(k) do
    send(self(), {:wanted, k})

    receive do
      {:wanted, ^k} -> scan(k - 1)
    end
  end

  def call(_server, 0), do: :ok

  def call(server, k) do
    ^k = GenServer.call(server, k)
    call(server, k - 1)
  end

  def drain(0), do: :ok

  def drain(k) do
    receive do
      {:noise, _} -> drain(k - 1)
    end
  end
end

mailbox = Param.int("MAILBOX", 1_000)
rounds = Param.int("ROUNDS", 10_000)
Enum.each(1..mailbox//1, &send(self(), {:noise, &1}))
{:ok, server} = GenServer.start_link(Echo, nil)
t0 = System.monotonic_time(:microsecond)
Selective.scan(rounds)
t1 = System.monotonic_time(:microsecond)
Selective.call(server, rounds)
t2 = System.monotonic_time(:microsecond)
{:message_queue_len, ^mailbox} = Process.info(self(), :message_queue_len)
Selective.drain(mailbox)
IO.puts("selective_receive mailbox=#{mailbox} rounds=#{rounds} scan_us=#{t1 - t0} call_us=#{t2 - t1} us=#{t2 - t0}")
