# Task.Supervisor.async/2,4: a supervised task, linked to the caller, awaited as usual
defmodule M do
  def mul(a, b), do: a * b
end

{:ok, sup} = Task.Supervisor.start_link()
IO.inspect(is_pid(sup))
t = Task.Supervisor.async(sup, fn -> :supervised end)
IO.inspect(Task.await(t))
t2 = Task.Supervisor.async(sup, M, :mul, [6, 7])
IO.inspect(t2.mfa)
IO.inspect(Task.await(t2))
t3 = Task.Supervisor.async(sup, fn -> receive do :go -> :went end end)
{:links, links} = Process.info(self(), :links)
IO.inspect(t3.pid in links)
IO.inspect(t3.owner == self())
send(t3.pid, :go)
IO.inspect(Task.await(t3))
