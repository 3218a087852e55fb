# A stateful process loop: a stack server with push/pop/size and a stop with final state
defmodule Stack do
  def loop(stack) do
    receive do
      {:push, x} -> loop([x | stack])
      {:pop, from} ->
        case stack do
          [h | t] -> send(from, {:popped, h}); loop(t)
          [] -> send(from, {:popped, :empty}); loop([])
        end
      {:size, from} -> send(from, {:size, length(stack)}); loop(stack)
      :stop -> exit({:final, stack})
    end
  end

  def pop(pid) do
    send(pid, {:pop, self()})
    receive do
      {:popped, x} -> x
    end
  end

  def run do
    {pid, ref} = spawn_monitor(fn -> loop([]) end)
    for x <- [:a, :b, :c, :d], do: send(pid, {:push, x})
    send(pid, {:size, self()})
    receive do
      {:size, n} -> IO.inspect(n)
    end
    IO.inspect(pop(pid))
    IO.inspect(pop(pid))
    send(pid, {:push, :e})
    IO.inspect(pop(pid))
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end
  end
end

Stack.run()
