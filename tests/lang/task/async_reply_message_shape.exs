# the result arrives as {ref, result} followed by a :DOWN with reason :normal
defmodule Main do
  def run do
    t = Task.async(fn -> {:computed, 42} end)
    ref = t.ref
    receive do
      {^ref, result} -> IO.inspect(result, label: "reply")
    end
    receive do
      {:DOWN, ^ref, :process, pid, reason} -> IO.inspect({pid == t.pid, reason})
    end
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()
