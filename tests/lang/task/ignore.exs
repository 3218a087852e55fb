# Task.ignore/1 stops tracking a task: nil if not done yet ({:ok, r} if already done);
# later results and the task's exit never reach the owner
defmodule Main do
  def run do
    t = Task.async(fn -> receive do :go -> :done end end)
    IO.inspect(Task.ignore(t))
    {:links, links} = Process.info(self(), :links)
    IO.inspect(t.pid in links)
    IO.inspect(Process.info(self(), :monitors))
    ref = Process.monitor(t.pid)
    send(t.pid, :go)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "task exit")
    end
    IO.inspect(Process.info(self(), :messages))

    t2 = Task.async(fn -> :already end)
    Process.sleep(30)
    IO.inspect(Task.ignore(t2))
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()
