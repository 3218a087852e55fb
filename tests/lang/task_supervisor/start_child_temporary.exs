# tasks started with start_child are temporary: a crashed task is not restarted
Logger.configure(level: :none)

defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link()
    {:ok, pid} = Task.Supervisor.start_child(sup, fn -> receive do :crash -> exit(:crashed) end end)
    ref = Process.monitor(pid)
    send(pid, :crash)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "task exit")
    end
    Process.sleep(50)
    IO.inspect(Task.Supervisor.children(sup))
    IO.inspect(Process.alive?(sup))
  end
end

Main.run()
