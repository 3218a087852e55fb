# Task.start_link/1,3 links the task to the caller; a trapping caller sees its EXIT
Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule Job do
  def run(parent, v), do: send(parent, {:job, v})
end

{:ok, pid} = Task.start_link(fn -> receive do :go -> :ok end end)
{:links, links} = Process.info(self(), :links)
IO.inspect(pid in links)
send(pid, :go)
receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "normal task EXIT")
end
{:ok, pid2} = Task.start_link(Job, :run, [self(), :mfa])
receive do
  {:job, v} -> IO.inspect(v)
end
receive do
  {:EXIT, ^pid2, reason} -> IO.inspect(reason, label: "mfa task EXIT")
end
{:ok, pid3} = Task.start_link(fn -> exit(:bad) end)
receive do
  {:EXIT, ^pid3, reason} -> IO.inspect(reason, label: "crashing task EXIT")
end
