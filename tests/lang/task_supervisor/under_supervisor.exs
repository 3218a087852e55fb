# a named Task.Supervisor started as a child of a Supervisor: {Task.Supervisor, name: N}
{:ok, sup} = Supervisor.start_link([{Task.Supervisor, name: :tasks}], strategy: :one_for_one)
[{id, pid, type, modules}] = Supervisor.which_children(sup)
IO.inspect({id, is_pid(pid), type, modules})
IO.inspect(Process.whereis(:tasks) == pid)
IO.inspect(Task.Supervisor.async(:tasks, fn -> :from_named end) |> Task.await())
{:ok, _} = Task.Supervisor.start_child(:tasks, fn -> :done end)
IO.inspect(Task.Supervisor.child_spec(name: :x))
