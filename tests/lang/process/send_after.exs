# Process.send_after/3 delivers a message after a delay and returns a timer ref
defmodule SendAfter do
  def run do
    t = Process.send_after(self(), :tick, 10)
    IO.inspect(is_reference(t))
    receive do
      :tick -> IO.puts("tick")
    end
    Process.send_after(self(), {:n, 2}, 30)
    Process.send_after(self(), {:n, 1}, 0)
    a = receive do {:n, 1} -> 1 end
    b = receive do {:n, 2} -> 2 end
    IO.inspect({a, b})
    receive do
      :none -> :ok
    after
      0 -> IO.puts("mailbox empty")
    end
    parent = self()
    child = spawn(fn ->
      receive do
        :wake -> send(parent, :child_woke)
      end
    end)
    Process.send_after(child, :wake, 5)
    receive do
      :child_woke -> IO.puts("child woke")
    end
    for i <- 1..20, do: Process.send_after(self(), {:batch, i}, rem(i, 4) * 5)
    got = for _ <- 1..20, do: (receive do {:batch, i} -> i end)
    IO.inspect(Enum.sort(got))
    t0 = System.monotonic_time(:millisecond)
    Process.send_after(self(), :late, 40)
    receive do
      :late -> IO.inspect(System.monotonic_time(:millisecond) - t0 >= 40)
    end
  end
end

SendAfter.run()
