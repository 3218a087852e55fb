# trap_exit turns exit signals into {:EXIT, pid, reason} messages
defmodule TrapBasic do
  def run do
    IO.inspect(Process.flag(:trap_exit, true))
    IO.inspect(Process.flag(:trap_exit, true))
    p1 = spawn_link(fn -> exit(:boom) end)
    receive do
      {:EXIT, ^p1, r} -> IO.inspect({:p1, r})
    end
    p2 = spawn_link(fn -> exit({:shutdown, 1}) end)
    receive do
      {:EXIT, ^p2, r} -> IO.inspect({:p2, r})
    end
    p3 = spawn_link(fn -> :ok end)
    receive do
      {:EXIT, ^p3, r} -> IO.inspect({:p3, r})
    end
    p4 = spawn_link(fn -> receive do :x -> :ok end end)
    Process.exit(p4, :stop_now)
    receive do
      {:EXIT, ^p4, r} -> IO.inspect({:p4, r})
    end
    p5 = spawn_link(fn -> try do
        throw(:thrown)
      catch
        :throw, v -> exit({:caught, v})
      end
    end)
    receive do
      {:EXIT, ^p5, r} -> IO.inspect({:p5, r})
    end
    IO.puts("main survived")
    IO.inspect(Process.flag(:trap_exit, false))
  end
end

TrapBasic.run()
