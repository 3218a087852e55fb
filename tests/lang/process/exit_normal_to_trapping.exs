# Process.exit(pid, :normal): a message for a trapping process, ignored otherwise
defmodule ExitNormal do
  def trapper(parent) do
    Process.flag(:trap_exit, true)
    send(parent, {:ready, self()})
    receive do
      {:EXIT, from, reason} -> send(parent, {:trapped, from == parent, reason})
    end
  end

  def plain(parent) do
    send(parent, {:ready, self()})
    receive do
      :ping -> send(parent, :pong)
    end
  end

  def run do
    parent = self()
    t = spawn(fn -> trapper(parent) end)
    receive do
      {:ready, ^t} -> :ok
    end
    Process.exit(t, :normal)
    receive do
      {:trapped, from_parent, reason} -> IO.inspect({from_parent, reason})
    end
    p = spawn(fn -> plain(parent) end)
    receive do
      {:ready, ^p} -> :ok
    end
    IO.inspect(Process.exit(p, :normal))
    send(p, :ping)
    receive do
      :pong -> IO.puts("plain process ignored :normal")
    end
    t2 = spawn(fn -> trapper(parent) end)
    receive do
      {:ready, ^t2} -> :ok
    end
    Process.exit(t2, {:custom, :reason})
    receive do
      {:trapped, from_parent, reason} -> IO.inspect({from_parent, reason})
    end
  end
end

ExitNormal.run()
