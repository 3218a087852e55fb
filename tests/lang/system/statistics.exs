# :erlang.statistics/1: the shapes BEAM gives, and how the numbers move.
# Only properties are printed: the values themselves differ between VMs.
defmodule Stats do
  def pair?({a, b}), do: is_integer(a) and is_integer(b) and a >= 0 and b >= 0 and b <= a
  def pair?(_), do: false

  def busy(n), do: Enum.reduce(1..n, 0, &+/2)
end

# {total, since the last call}
r1 = :erlang.statistics(:reductions)
IO.inspect(Stats.pair?(r1), label: "reductions shape")
Stats.busy(200_000)
{total2, since2} = r2 = :erlang.statistics(:reductions)
IO.inspect(Stats.pair?(r2), label: "reductions shape again")
IO.inspect(total2 >= elem(r1, 0), label: "reductions total grows")
IO.inspect(since2 >= 200_000, label: "work shows since the last call")
{_, since3} = :erlang.statistics(:reductions)
IO.inspect(since3 < since2, label: "less since the last call when idle")

# {switches, 0}
{cs, zero} = :erlang.statistics(:context_switches)
IO.inspect({is_integer(cs) and cs >= 0, zero}, label: "context switches")
parent = self()
for i <- 1..10, do: spawn(fn -> send(parent, i) end)
for _ <- 1..10, do: (receive do _ -> :ok end)
{cs2, 0} = :erlang.statistics(:context_switches)
IO.inspect(cs2 >= cs + 10, label: "switching to ten processes counts")

# an integer
rq = :erlang.statistics(:run_queue)
IO.inspect(is_integer(rq) and rq >= 0, label: "run queue")

# {total ms, ms since the last call}: CPU time
w1 = :erlang.statistics(:runtime)
IO.inspect(Stats.pair?(w1), label: "runtime shape")
Stats.busy(300_000)
{rt2, _} = w2 = :erlang.statistics(:runtime)
IO.inspect(Stats.pair?(w2) and rt2 >= elem(w1, 0), label: "runtime grows")

# {total ms, ms since the last call}: wall time
{wc1, _} = c1 = :erlang.statistics(:wall_clock)
IO.inspect(Stats.pair?(c1), label: "wall clock shape")
Process.sleep(30)
{wc2, wsince} = c2 = :erlang.statistics(:wall_clock)
IO.inspect(Stats.pair?(c2), label: "wall clock shape again")
IO.inspect(wc2 - wc1 >= 29 and wsince >= 29, label: "a 30 ms sleep shows")
{_, wsince2} = :erlang.statistics(:wall_clock)
IO.inspect(wsince2 < wsince, label: "since the last call restarts")

# anything else is an ArgumentError naming the item
try do
  :erlang.statistics(:no_such_item)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
