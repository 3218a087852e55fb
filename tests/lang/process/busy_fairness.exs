# A process that loops forever does not stop others from making progress:
# the scheduler preempts it after its reductions.
defmodule Busy do
  def spin(n), do: spin(n + 1)

  def run do
    spinner = spawn(fn -> spin(0) end)
    parent = self()
    spawn(fn -> send(parent, {:done, Enum.sum(1..100_000)}) end)

    receive do
      {:done, s} -> IO.inspect(s)
    after
      5000 -> IO.puts("starved")
    end

    Process.exit(spinner, :kill)
    IO.puts("ok")
  end
end

Busy.run()
