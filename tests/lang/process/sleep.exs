# Process.sleep returns :ok; messages arriving while asleep wait in the mailbox
defmodule Sleep do
  def run do
    IO.inspect(Process.sleep(0))
    IO.inspect(Process.sleep(10))
    parent = self()
    spawn(fn -> send(parent, :during_sleep) end)
    Process.sleep(30)
    receive do
      :during_sleep -> IO.puts("message waited")
    end
    t0 = System.monotonic_time(:millisecond)
    Process.sleep(50)
    t1 = System.monotonic_time(:millisecond)
    IO.inspect(t1 - t0 >= 50)
    pids = for i <- 1..20, do: spawn(fn -> Process.sleep(rem(i, 5) * 3); send(parent, {:slept, i}) end)
    got = for _ <- pids, do: (receive do {:slept, i} -> i end)
    IO.inspect(Enum.sort(got))
  end
end

Sleep.run()
