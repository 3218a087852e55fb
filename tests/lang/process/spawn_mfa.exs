# spawn/3, spawn_link/3, spawn_monitor/3 with module/function/args
defmodule SpawnMfa do
  def worker(parent, a, b) do
    send(parent, {:sum, self(), a + b})
  end

  def noargs(parent) do
    send(parent, :noargs_ran)
  end

  def exiter(reason), do: exit(reason)

  def run do
    parent = self()
    pid = spawn(SpawnMfa, :worker, [parent, 1, 2])
    receive do
      {:sum, ^pid, s} -> IO.inspect(s)
    end
    spawn(__MODULE__, :noargs, [parent])
    receive do
      :noargs_ran -> IO.puts("noargs ran")
    end
    p2 = spawn_link(__MODULE__, :worker, [parent, 10, 20])
    receive do
      {:sum, ^p2, s} -> IO.inspect(s)
    end
    {p3, ref} = spawn_monitor(__MODULE__, :exiter, [{:bye, 3}])
    receive do
      {:DOWN, ^ref, :process, ^p3, reason} -> IO.inspect(reason)
    end
    IO.inspect(is_reference(ref))
  end
end

SpawnMfa.run()
