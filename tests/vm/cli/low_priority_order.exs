# Low and normal priority share a run queue, as on BEAM: a :low process
# lets the others go first seven times before it runs, so busy :normal
# processes finish first even though the low one was spawned first and
# has less to do.  (Real Elixir run with one scheduler, elixir --erl "+S 1",
# prints the same.)
# expect-stdout: [:a, :b, :c, :low]
defmodule Busy do
  def spin(0), do: :ok
  def spin(n), do: spin(n - 1)

  def worker(parent, name, priority, calls) do
    spawn(fn ->
      Process.flag(:priority, priority)
      spin(calls)
      send(parent, {:done, name})
    end)
  end
end

me = self()
Busy.worker(me, :low, :low, 8_000)
Busy.worker(me, :a, :normal, 20_000)
Busy.worker(me, :b, :normal, 20_000)
Busy.worker(me, :c, :normal, 20_000)
order = for _ <- 1..4, do: (receive do {:done, name} -> name end)
IO.inspect(order)
