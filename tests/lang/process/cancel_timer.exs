# Process.cancel_timer/1: integer remaining time while pending, false afterwards
defmodule CancelTimer do
  def run do
    t = Process.send_after(self(), :never, 5000)
    left = Process.cancel_timer(t)
    IO.inspect(is_integer(left))
    IO.inspect(left > 0 and left <= 5000)
    IO.inspect(Process.cancel_timer(t))
    receive do
      :never -> IO.puts("cancelled timer fired (wrong)")
    after
      30 -> IO.puts("nothing arrived")
    end
    t2 = Process.send_after(self(), :fired, 0)
    receive do
      :fired -> IO.puts("fired")
    end
    IO.inspect(Process.cancel_timer(t2))
    IO.inspect(Process.cancel_timer(make_ref()))
    timers = for i <- 1..10, do: Process.send_after(self(), {:t, i}, 2000 + i)
    cancelled = Enum.map(timers, &Process.cancel_timer/1)
    IO.inspect(Enum.all?(cancelled, &is_integer/1))
    keep = Process.send_after(self(), :kept, 10)
    drop = Process.send_after(self(), :dropped, 10)
    Process.cancel_timer(drop)
    receive do
      :kept -> IO.inspect(is_reference(keep))
    end
    receive do
      :dropped -> IO.puts("wrong")
    after
      30 -> IO.puts("dropped never came")
    end
  end
end

CancelTimer.run()
