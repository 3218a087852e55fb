# Agent.stop/1,2,3 -> :ok; a stopped agent's name is free; stopping it again exits :noproc
{:ok, a} = Agent.start_link(fn -> :s end, name: :stoppable)
IO.inspect(Agent.stop(a))
IO.inspect(Process.alive?(a))
IO.inspect(Process.whereis(:stoppable))
{:ok, b} = Agent.start(fn -> :s end)
IO.inspect(Agent.stop(b, :shutdown))
{:ok, c} = Agent.start(fn -> :s end, name: :stop3)
IO.inspect(Agent.stop(:stop3, :normal, 1000))
try do
  Agent.stop(:stop3)
catch
  :exit, reason -> IO.inspect(reason)
end
IO.inspect(Process.alive?(c))
