# when the task exits abnormally, a trapping owner's await exits with
# {reason, {Task, :await, [task, timeout]}}; the EXIT message stays in the mailbox
Logger.configure(level: :none)
Process.flag(:trap_exit, true)

t = Task.async(fn -> exit(:task_failed) end)
try do
  Task.await(t, 1000)
catch
  :exit, {reason, {Task, :await, [task, 1000]}} -> IO.inspect({reason, task == t})
end
receive do
  {:EXIT, pid, reason} -> IO.inspect({:EXIT, pid == t.pid, reason})
after
  100 -> IO.puts("no EXIT")
end

t2 = Task.async(fn -> raise "task raised" end)
try do
  Task.await(t2)
catch
  :exit, {{%RuntimeError{message: m}, stack}, {Task, :await, _}} -> IO.inspect({m, is_list(stack)})
end
