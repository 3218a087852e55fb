# Messages sent to a process with room in its heap are copied straight
# into that heap and stay queued there across its collections: they must
# survive every collection the receiver makes, whatever order it takes
# them in, and a long queue falls back to separate blocks.
defmodule Churn do
  # allocates enough to make the caller collect several times
  def run(0, acc), do: length(acc)
  def run(n, acc), do: run(n - 1, [{n, "x#{n}", n * 1.5} | Enum.take(acc, 50)])
end

defmodule Receiver do
  def loop(parent) do
    # grow the heap first, so that the messages below find room in it
    Churn.run(2_000, [])
    send(parent, :ready)

    receive do
      :go -> collect(parent, [])
    end
  end

  defp collect(parent, acc) do
    Churn.run(2_000, [])
    # take the odd-numbered messages first, newest count last
    receive do
      {:msg, n, payload} when rem(n, 2) == 1 ->
        collect(parent, [{n, payload} | acc])
    after
      0 -> drain(parent, acc)
    end
  end

  defp drain(parent, acc) do
    receive do
      {:msg, n, payload} ->
        Churn.run(500, [])
        drain(parent, [{n, payload} | acc])
    after
      0 -> send(parent, {:done, Enum.reverse(acc)})
    end
  end
end

parent = self()
pid = spawn(fn -> Receiver.loop(parent) end)
receive do
  :ready -> :ok
end

for n <- 1..40 do
  payload = %{n: n, list: Enum.to_list(1..rem(n, 7)), bin: String.duplicate("ab", n), f: n / 4}
  send(pid, {:msg, n, payload})
end

send(pid, :go)

receive do
  {:done, got} ->
    IO.inspect(Enum.map(got, fn {n, _} -> n end))
    Enum.each(got, fn {n, p} ->
      ok = p.n == n and p.list == Enum.to_list(1..rem(n, 7)) and p.bin == String.duplicate("ab", n) and p.f == n / 4
      if not ok, do: IO.inspect({:bad, n, p})
    end)
    IO.puts("checked #{length(got)}")
end

# a self-send lands in the sender's own heap
send(self(), {:self, [1, 2, 3], "bin", 2.5})
Churn.run(3_000, [])
receive do
  m -> IO.inspect(m)
end
