# terminate_child stops a running task: :ok, then {:error, :not_found}
defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link()
    {:ok, pid} = Task.Supervisor.start_child(sup, fn -> Process.sleep(5000) end)
    ref = Process.monitor(pid)
    IO.inspect(Task.Supervisor.terminate_child(sup, pid))
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "task exit")
    end
    IO.inspect(Task.Supervisor.terminate_child(sup, pid))
    IO.inspect(Task.Supervisor.children(sup))
    IO.inspect(Task.Supervisor.terminate_child(sup, self()))
  end
end

Main.run()
