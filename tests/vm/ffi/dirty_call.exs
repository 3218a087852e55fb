# A dirty call runs on a separate thread: while usleep(300000) runs, the
# scheduler keeps running a ticker process (a tick every 10 ms).  The same
# call made without dirty: true holds the scheduler, so no tick happens.
# expect-stdout: dirty result: 0
# expect-stdout: ticks during the dirty call: true
# expect-stdout: plain result: 0
# expect-stdout: ticks during the plain call: true
# expect-stdout: prepared dirty: 0 true
# expect-stdout: no deadlock: 0
defmodule Ticker do
  def loop(n) do
    receive do
      {:get, from} ->
        send(from, {:ticks, n})
        loop(n)
    after
      10 -> loop(n + 1)
    end
  end

  def ticks(pid) do
    send(pid, {:get, self()})

    receive do
      {:ticks, n} -> n
    end
  end
end

{:ok, libc} = FFI.open(:default)
ticker = spawn(fn -> Ticker.loop(0) end)

before = Ticker.ticks(ticker)
IO.puts("dirty result: " <> inspect(FFI.call(libc, "usleep", [:uint], :int, [300_000], dirty: true)))
during = Ticker.ticks(ticker) - before
IO.puts("ticks during the dirty call: " <> inspect(during >= 5))

before = Ticker.ticks(ticker)
IO.puts("plain result: " <> inspect(FFI.call(libc, "usleep", [:uint], :int, [300_000])))
during = Ticker.ticks(ticker) - before
IO.puts("ticks during the plain call: " <> inspect(during <= 1))

{:ok, sleep} = FFI.function(libc, "usleep", [:uint], :int, dirty: true)
before = Ticker.ticks(ticker)
result = FFI.invoke(sleep, [300_000])
IO.puts("prepared dirty: " <> inspect(result) <> " " <> inspect(Ticker.ticks(ticker) - before >= 5))

# Only this process, waiting for a dirty call with no timer pending: the
# scheduler sleeps until the call finishes rather than reporting a deadlock.
Process.exit(ticker, :kill)
IO.puts("no deadlock: " <> inspect(FFI.call(libc, "usleep", [:uint], :int, [50_000], dirty: true)))
