# Task.yield returns nil when the result is not ready (the monitor is kept, so a later
# yield or await still works) and {:ok, result} once it is
defmodule Main do
  def run do
    t = Task.async(fn -> Process.sleep(40); :finally end)
    IO.inspect(Task.yield(t, 0))
    IO.inspect(Task.yield(t, 5))
    {:monitors, mons} = Process.info(self(), :monitors)
    IO.inspect({:process, t.pid} in mons)
    IO.inspect(Task.yield(t, 1000))
    IO.inspect(Process.info(self(), :monitors))

    t2 = Task.async(fn -> Process.sleep(30); :awaited end)
    IO.inspect(Task.yield(t2, 1))
    IO.inspect(Task.await(t2))
    t3 = Task.async(fn -> :immediate end)
    IO.inspect(Task.yield(t3))
  end
end

Main.run()
