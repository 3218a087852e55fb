# Two processes that trade messages forever never leave the run queue
# empty-handed, yet a CPU-bound process beside them still gets its turns:
# the pair shares one slice at a time, however often it hands over.
defmodule Pair do
  def start() do
    a = spawn(fn -> bounce(0) end)
    b = spawn(fn -> bounce(0) end)
    send(a, {:ball, b})
    {a, b}
  end

  defp bounce(n) do
    receive do
      {:ball, other} ->
        send(other, {:ball, self()})
        bounce(n + 1)

      {:count, from} ->
        send(from, {:count, n})
        bounce(n)
    end
  end
end

defmodule Spin do
  def count(0), do: :done
  def count(n), do: count(n - 1)
end

me = self()
{a, _b} = Pair.start()
spawn(fn -> send(me, {:spun, Spin.count(2_000_000)}) end)

receive do
  {:spun, result} -> IO.puts("spinner: #{result}")
end

send(a, {:count, me})

receive do
  {:count, n} -> IO.puts("the pair kept going: #{n > 1000}")
end
