# start_child returns {:ok, pid}; children/1 lists running tasks; finished tasks disappear
defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link()
    IO.inspect(Task.Supervisor.children(sup))
    {:ok, a} = Task.Supervisor.start_child(sup, fn -> receive do :stop -> :ok end end)
    {:ok, b} = Task.Supervisor.start_child(sup, fn -> receive do :stop -> :ok end end)
    kids = Task.Supervisor.children(sup)
    IO.inspect(length(kids))
    IO.inspect(Enum.sort([a, b]) == Enum.sort(kids))
    {:links, links} = Process.info(self(), :links)
    IO.inspect(a in links)
    ref = Process.monitor(a)
    send(a, :stop)
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r)
    end
    Process.sleep(50)
    IO.inspect(Task.Supervisor.children(sup) == [b])
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()
