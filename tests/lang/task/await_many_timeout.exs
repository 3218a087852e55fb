# Task.await_many timing out exits {:timeout, {Task, :await_many, [tasks, timeout]}}
tasks = [Task.async(fn -> :fast end), Task.async(fn -> Process.sleep(300) end)]
try do
  Task.await_many(tasks, 30)
catch
  :exit, {:timeout, {Task, :await_many, [ts, 30]}} -> IO.inspect({:timeout, ts == tasks})
end
IO.inspect(Process.info(self(), :monitors))
