# Process.info(pid, :reductions | :memory) types, and nil for dead pids
defmodule InfoMisc do
  def run do
    {:reductions, r} = Process.info(self(), :reductions)
    IO.inspect(is_integer(r) and r >= 0)
    {:memory, m} = Process.info(self(), :memory)
    IO.inspect(is_integer(m) and m > 0)
    p = spawn(fn -> receive do :stop -> :ok end end)
    {:memory, pm} = Process.info(p, :memory)
    IO.inspect(is_integer(pm))
    ref = Process.monitor(p)
    send(p, :stop)
    receive do
      {:DOWN, ^ref, :process, ^p, _} -> :ok
    end
    IO.inspect(Process.info(p, :memory))
    IO.inspect(Process.info(p, :reductions))
    IO.inspect(Process.info(p, :status))
    IO.inspect(Process.info(p, :dictionary))
  end
end

InfoMisc.run()
