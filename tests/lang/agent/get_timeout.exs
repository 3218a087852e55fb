# a get slower than the timeout exits {:timeout, {GenServer, :call, [agent, {:get, fun}, t]}};
# the late reply is discarded
{:ok, _} = Agent.start_link(fn -> :v end, name: :slow_agent)
try do
  Agent.get(:slow_agent, fn s -> Process.sleep(60); s end, 10)
catch
  :exit, {:timeout, {GenServer, :call, [name, {:get, f}, 10]}} ->
    IO.inspect({:timeout, name, is_function(f, 1)})
end
Process.sleep(100)
IO.inspect(Process.info(self(), :messages))
IO.inspect(Agent.get(:slow_agent, & &1))
