# start_child(sup, fun, restart: :transient) restarts the task after an abnormal exit only
Logger.configure(level: :none)

defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link()
    parent = self()
    {:ok, _pid} = Task.Supervisor.start_child(sup, fn ->
      send(parent, {:started, self()})
      receive do
        {:exit, r} -> exit(r)
      end
    end, restart: :transient)

    first = receive do {:started, p} -> p end
    send(first, {:exit, :crash})
    second = receive do {:started, p} -> p end
    IO.inspect(second != first, label: "restarted after crash")
    send(second, {:exit, :normal})
    receive do
      {:started, _} -> IO.puts("restarted after normal exit")
    after
      50 -> IO.puts("not restarted after normal exit")
    end
    IO.inspect(Task.Supervisor.children(sup))
  end
end

Main.run()
