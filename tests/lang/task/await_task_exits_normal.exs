# a task that exits :normal without returning makes await exit {:normal, {Task, :await, ...}};
# the normal exit does not kill the owner through the link
t = Task.async(fn -> exit(:normal) end)
try do
  Task.await(t, 1000)
catch
  :exit, {reason, {Task, :await, [task, 1000]}} -> IO.inspect({reason, task == t})
end
IO.puts("owner alive")
t2 = Task.async(fn -> exit(:normal) end)
IO.inspect(Task.yield(t2, 1000))
