# a server that traps exits and gets an EXIT from its parent (the start_link caller) runs
# terminate(reason) and exits with that reason, even for :normal; handle_info is not called
defmodule Child do
  use GenServer

  def init(observer) do
    Process.flag(:trap_exit, true)
    {:ok, observer}
  end

  def handle_info(msg, observer) do
    send(observer, {:handle_info, msg})
    {:noreply, observer}
  end

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
    for r <- [:normal, :shutdown, :boom] do
      parent = spawn(fn -> parent_proc(observer) end)
      child = receive do {:child, c} -> c end
      ref = Process.monitor(child)
      send(parent, {:exit_with, r})
      receive do
        {:DOWN, ^ref, :process, ^child, reason} -> IO.inspect(reason, label: "child DOWN")
      end
      flush()
    end
  end

  def flush do
    receive do
      m -> IO.inspect(m); flush()
    after
      0 -> :ok
    end
  end
end

Logger.configure(level: :none)
Main.run()
