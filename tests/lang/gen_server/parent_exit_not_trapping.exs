# a server that does not trap exits ignores a :normal exit of its parent and is killed
# (without terminate/2) by an abnormal one
Logger.configure(level: :none)

defmodule Child do
  use GenServer

  def init(observer), do: {:ok, observer}

  def handle_call(:ping, _from, s), do: {:reply, :pong, s}

  def terminate(reason, observer), do: send(observer, {:terminate, reason})
end

defmodule Main do
  def parent_proc(observer) do
    {:ok, pid} = GenServer.start_link(Child, observer)
    send(observer, {:child, pid})
    receive do
      {:exit_with, r} -> exit(r)
    end
  end

  def run do
    observer = self()
    parent = spawn(fn -> parent_proc(observer) end)
    child = receive do {:child, c} -> c end
    pref = Process.monitor(parent)
    send(parent, {:exit_with, :normal})
    receive do
      {:DOWN, ^pref, :process, _, r} -> IO.inspect(r, label: "parent DOWN")
    end
    IO.inspect(GenServer.call(child, :ping))

    parent2 = spawn(fn -> parent_proc(observer) end)
    child2 = receive do {:child, c} -> c end
    ref = Process.monitor(child2)
    send(parent2, {:exit_with, :boom})
    receive do
      {:DOWN, ^ref, :process, ^child2, r} -> IO.inspect(r, label: "child DOWN")
    end
    receive do
      {:terminate, r} -> IO.inspect(r, label: "terminate called")
    after
      30 -> IO.puts("terminate not called")
    end
  end
end

Main.run()
