# GenServer.call round trips: one client makes 200,000 calls to a counter.
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}
end

defmodule Bench do
  def loop(_server, 0, last), do: last
  def loop(server, k, _last), do: loop(server, k - 1, GenServer.call(server, :bump))
end

{:ok, server} = GenServer.start_link(Counter, 0)
t0 = System.monotonic_time(:microsecond)
200_000 = Bench.loop(server, 200_000, 0)
t1 = System.monotonic_time(:microsecond)
IO.puts("gen_server_call calls=200000 us=#{t1 - t0}")
