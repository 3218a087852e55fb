# calls to a dead or unknown agent exit like GenServer calls ({:noproc, {GenServer, :call, ...}})
{:ok, a} = Agent.start(fn -> 0 end)
Agent.stop(a)
try do
  Agent.get(a, & &1)
catch
  :exit, {:noproc, {GenServer, :call, [p, {:get, _fun}, 5000]}} -> IO.inspect({:noproc, p == a})
end
try do
  Agent.update(:ghost_agent, & &1, 100)
catch
  :exit, {reason, {GenServer, :call, [name, {:update, _}, t]}} -> IO.inspect({reason, name, t})
end
