# Task.completed/1 builds an already-finished task: no process, await returns the value
t = Task.completed(:precomputed)
IO.inspect(t.pid)
IO.inspect(t.mfa)
IO.inspect(t.owner == self())
IO.inspect(Task.await(t))
IO.inspect(Task.await_many([Task.completed(1), Task.async(fn -> 2 end), Task.completed(3)]))
IO.inspect(Task.yield(Task.completed({:ok, :x})))
