# Task.await timing out exits {:timeout, {Task, :await, [task, timeout]}}, removes the monitor;
# the task keeps running and its late reply never reaches the mailbox
defmodule Main do
  def run do
    t = Task.async(fn -> Process.sleep(60); :late end)
    result =
      try do
        Task.await(t, 10)
      catch
        :exit, {:timeout, {Task, :await, [task, 10]}} -> {:timeout, task == t}
      end
    IO.inspect(result)
    IO.inspect(Process.info(self(), :monitors))
    IO.inspect(Process.alive?(t.pid))
    Process.sleep(120)
    IO.inspect(Process.alive?(t.pid))
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()
