# A receive inside a receive clause, and a receive inside a loop that skips messages
defmodule NestedRecv do
  def run do
    send(self(), {:outer, 1})
    send(self(), {:inner, 2})
    send(self(), {:outer, 3})
    r =
      receive do
        {:outer, a} ->
          receive do
            {:inner, b} -> {a, b}
          end
      end
    IO.inspect(r)
    receive do
      {:outer, c} -> IO.inspect(c)
    end
    parent = self()
    pid = spawn(fn ->
      receive do
        {:phase1, x} ->
          send(parent, {:ack1, x})
          receive do
            {:phase2, y} -> send(parent, {:ack2, x + y})
          end
      end
    end)
    send(pid, {:phase2, 10})
    send(pid, {:phase1, 5})
    receive do
      {:ack1, x} -> IO.inspect({:ack1, x})
    end
    receive do
      {:ack2, z} -> IO.inspect({:ack2, z})
    end
  end
end

NestedRecv.run()
