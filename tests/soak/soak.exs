# Soak: a supervised pool whose workers crash and are restarted
# continually while messages flow through it, for SOAK_SECONDS (default
# 60).  The resident set size is sampled once a second from
# /proc/self/status; after a warm-up third (the allocator takes some
# seconds to reach its working size, so at least 21 seconds in all), the
# last third's median may not exceed the middle third's by more than
# SOAK_GROWTH percent (default 20).  Prints the samples and "soak ok" or
# "soak FAILED: ...".
Logger.configure(level: :none)

defmodule Soak.Worker do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: String.to_atom("soak_worker_#{id}"))
  def init(id), do: {:ok, %{id: id, seen: 0, log: []}}

  # every 50th job crashes the worker; the supervisor restarts it
  def handle_call({:job, n}, _from, state) when rem(n, 50) == 0, do: {:stop, :crash, state}

  def handle_call({:job, n}, _from, state) do
    # a little garbage per job: a list, a map, a binary
    data = Enum.map(1..20, &{&1, n})
    log = Enum.take([Map.new(data) | state.log], 5)
    {:reply, byte_size(:erlang.iolist_to_binary(inspect(n))), %{state | seen: state.seen + 1, log: log}}
  end
end

defmodule Soak do
  @workers 8

  def rss_kb do
    {:ok, status} = File.read("/proc/self/status")
    [line] = Enum.filter(String.split(status, "\n"), &String.starts_with?(&1, "VmRSS:"))
    line |> String.split() |> Enum.at(1) |> String.to_integer()
  end

  def start do
    children = for id <- 1..@workers, do: Supervisor.child_spec({Soak.Worker, id}, id: id)
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1)
    sup
  end

  # clients call random workers; a call to a worker that is crashing or
  # restarting fails, and the client carries on
  def client(n) do
    id = rem(n * 7919, @workers) + 1

    try do
      GenServer.call(String.to_atom("soak_worker_#{id}"), {:job, n})
    catch
      :exit, _ -> :restarting
    end

    client(n + 1)
  end

  def sample(left, acc) when left <= 0, do: Enum.reverse(acc)

  def sample(left, acc) do
    Process.sleep(1000)
    sample(left - 1, [rss_kb() | acc])
  end

  def median(list) do
    sorted = Enum.sort(list)
    Enum.at(sorted, div(length(sorted), 2))
  end
end

seconds = max(String.to_integer(System.get_env("SOAK_SECONDS") || "60"), 21)
growth = String.to_integer(System.get_env("SOAK_GROWTH") || "20")
_sup = Soak.start()
for c <- 1..4, do: spawn(fn -> Soak.client(c * 1_000_000) end)
samples = Soak.sample(seconds, [])
IO.puts("rss_kb: #{Enum.join(samples, " ")}")
third = max(div(length(samples), 3), 1)
middle = Soak.median(Enum.slice(samples, third, third))
last = Soak.median(Enum.take(samples, -third))
IO.puts("median rss: middle third #{middle} kB, last third #{last} kB")

if last * 100 <= middle * (100 + growth) do
  IO.puts("soak ok")
else
  IO.puts("soak FAILED: resident memory grew from #{middle} kB to #{last} kB")
  System.halt(1)
end
