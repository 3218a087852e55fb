# Task.child_spec/1 is temporary; use Task generates child_spec/1 with restart: :temporary
defmodule Worker do
  use Task

  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])

  def run(arg), do: send(arg, :worker_ran)
end

defmodule Permanent do
  use Task, restart: :permanent
  def start_link(arg), do: Task.start_link(fn -> arg end)
end

IO.inspect(Task.child_spec(:some_arg))
IO.inspect(Task.child_spec({Enum, :sum, [[1]]}))
IO.inspect(Worker.child_spec(:x))
IO.inspect(Permanent.child_spec(1))
{:ok, sup} = Supervisor.start_link([{Worker, self()}], strategy: :one_for_one)
receive do
  :worker_ran -> IO.puts("worker ran under supervisor")
end
Process.sleep(50)
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.count_children(sup))
