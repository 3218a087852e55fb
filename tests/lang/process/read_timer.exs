# Process.read_timer/1: integer while pending, false after it fired or was cancelled
defmodule ReadTimer do
  def run do
    t = Process.send_after(self(), :later, 3000)
    r = Process.read_timer(t)
    IO.inspect(is_integer(r))
    IO.inspect(r > 0 and r <= 3000)
    r2 = Process.read_timer(t)
    IO.inspect(r2 <= r)
    Process.cancel_timer(t)
    IO.inspect(Process.read_timer(t))
    t2 = Process.send_after(self(), :soon, 5)
    receive do
      :soon -> :ok
    end
    IO.inspect(Process.read_timer(t2))
    IO.inspect(Process.read_timer(make_ref()))
  end
end

ReadTimer.run()
