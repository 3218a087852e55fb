# spawn, send, selective receive, after, monitors, links, registry, timers
defmodule Basics do
  def run do
    parent = self()
    pid = spawn(fn -> send(parent, {:hello, self()}) end)

    receive do
      {:hello, ^pid} -> IO.puts("got hello")
    end

    receive do
      x -> IO.inspect(x)
    after
      50 -> IO.puts("timeout")
    end

    send(self(), {:b, 2})
    send(self(), {:a, 1})
    receive do {:a, v} -> IO.inspect(v) end
    receive do {:b, v} -> IO.inspect(v) end

    {p2, mref} = spawn_monitor(fn -> exit(:boom) end)
    receive do {:DOWN, ^mref, :process, ^p2, reason} -> IO.inspect(reason) end

    Process.flag(:trap_exit, true)
    p3 = spawn_link(fn -> exit({:shutdown, 3}) end)
    receive do {:EXIT, ^p3, reason} -> IO.inspect(reason) end

    Process.register(self(), :me)
    send(:me, :named)
    receive do :named -> IO.puts("named ok") end
    IO.inspect(Process.whereis(:me) == self())
    IO.inspect(Process.whereis(:nobody))

    Process.send_after(self(), :later, 20)
    receive do :later -> IO.puts("later") end
    t = Process.send_after(self(), :never, 1000)
    IO.inspect(is_integer(Process.cancel_timer(t)))
    receive do
      :never -> IO.puts("wrong")
    after
      30 -> IO.puts("cancelled")
    end

    IO.inspect(Process.alive?(p2))
    Process.put(:k, 1)
    IO.inspect(Process.get(:k))
    IO.inspect(Process.put(:k, 2))
    IO.inspect(Process.delete(:k))
    IO.inspect(Process.get(:k, :default))

    pids = for i <- 1..1000, do: spawn(fn -> send(parent, {:n, i}) end)
    sum = Enum.reduce(1..1000, 0, fn _, acc -> receive do {:n, i} -> acc + i end end)
    IO.inspect({length(pids), sum})
  end
end

Basics.run()
