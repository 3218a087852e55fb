# spawn/1: the child runs the closure and can message its parent
defmodule SpawnFn do
  def run do
    parent = self()
    pid = spawn(fn -> send(parent, {:child, self(), 6 * 7}) end)
    IO.inspect(is_pid(pid))
    receive do
      {:child, ^pid, v} -> IO.inspect(v)
    end
    IO.inspect(pid != self())
    IO.inspect(is_pid(self()))
    IO.inspect(self() == self())
    x = 10
    list = [1, 2, 3]
    pid2 = spawn(fn -> send(parent, {:captured, x + Enum.sum(list)}) end)
    receive do
      {:captured, v} -> IO.inspect({v, is_pid(pid2)})
    end
  end
end

SpawnFn.run()
