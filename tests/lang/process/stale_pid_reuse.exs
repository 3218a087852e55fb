# gcstress: skip
# Processes come and go by the hundred thousand; a pid of a dead process
# never reaches a process spawned later, and every pid is distinct.
defmodule Stale do
  def churn(0, acc), do: acc

  def churn(n, acc) do
    {pid, ref} = spawn_monitor(fn -> :ok end)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> :ok
    end

    churn(n - 1, [pid | acc])
  end

  def waiter do
    receive do
      msg ->
        receive do
          {:report, from} -> send(from, {:got, self(), msg})
        end
    end
  end
end

dead = Stale.churn(100_000, [])
IO.puts("distinct pids: #{length(Enum.uniq(dead))}")
IO.puts("any dead alive: #{Enum.any?(dead, &Process.alive?/1)}")

live = for _ <- 1..2_000, do: spawn(&Stale.waiter/0)
# pokes to dead pids go nowhere, whatever slots the live ones took
Enum.each(dead, &send(&1, :poke))
Enum.each(live, &send(&1, :hello))
me = self()
Enum.each(live, &send(&1, {:report, me}))

got =
  for pid <- live do
    receive do
      {:got, ^pid, msg} -> msg
    end
  end

IO.inspect(Enum.frequencies(got))
IO.puts("all distinct: #{length(Enum.uniq(live ++ dead)) == 102_000}")
