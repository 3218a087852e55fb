# init returning :ignore: the caller gets :ignore and the server exits :normal
defmodule Ig do
  use GenServer

  def init(watcher) do
    # link to a trapping watcher so the server's exit reason is observable
    Process.link(watcher)
    :ignore
  end
end

defmodule Main do
  def watcher(parent) do
    Process.flag(:trap_exit, true)
    send(parent, :ready)
    receive do
      {:EXIT, _pid, reason} -> send(parent, {:server_exit, reason})
    end
  end

  def run do
    parent = self()
    w = spawn(fn -> watcher(parent) end)
    receive do :ready -> :ok end
    IO.inspect(GenServer.start(Ig, w, name: :ig))
    receive do
      {:server_exit, reason} -> IO.inspect(reason, label: "server exit")
    end
    IO.inspect(Process.whereis(:ig))

    Process.flag(:trap_exit, true)
    w2 = spawn(fn -> watcher(parent) end)
    receive do :ready -> :ok end
    IO.inspect(GenServer.start_link(Ig, w2, name: :ig))
    receive do
      {:EXIT, _pid, reason} -> IO.inspect({:EXIT, reason})
    after
      500 -> IO.puts("no EXIT")
    end
    receive do
      {:server_exit, reason} -> IO.inspect(reason, label: "server exit")
    end
    # the name is free again
    IO.inspect(Process.whereis(:ig))
  end
end

Main.run()
