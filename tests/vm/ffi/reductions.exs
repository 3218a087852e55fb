# Every FFI call charges the caller reductions: at least 10 a call.
# expect-stdout: plain calls charged: true
# expect-stdout: prepared calls charged: true
# expect-stdout: dirty calls charged: true
defmodule Loop do
  def times(0, _fun), do: :ok

  def times(n, fun) do
    fun.()
    times(n - 1, fun)
  end

  def charged(fun, n) do
    {:reductions, before} = Process.info(self(), :reductions)
    times(n, fun)
    {:reductions, later} = Process.info(self(), :reductions)
    later - before >= 10 * n
  end
end

{:ok, libc} = FFI.open(:default)
IO.puts("plain calls charged: " <> inspect(Loop.charged(fn -> FFI.call(libc, "getpid", [], :int, []) end, 100)))
{:ok, getpid} = FFI.function(libc, "getpid", [], :int)
IO.puts("prepared calls charged: " <> inspect(Loop.charged(fn -> FFI.invoke(getpid, []) end, 100)))
IO.puts("dirty calls charged: " <> inspect(Loop.charged(fn -> FFI.call(libc, "getpid", [], :int, [], dirty: true) end, 20)))
