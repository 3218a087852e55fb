# Agent.start (unlinked) and the :name option; already_started for a taken name
{:ok, a} = Agent.start(fn -> 0 end, name: :counter)
{:links, links} = Process.info(self(), :links)
IO.inspect(a in links)
IO.inspect(Process.whereis(:counter) == a)
Agent.update(:counter, &(&1 + 5))
IO.inspect(Agent.get(:counter, & &1))
{:error, {:already_started, other}} = Agent.start_link(fn -> 1 end, name: :counter)
IO.inspect(other == a)
{:ok, g} = Agent.start_link(fn -> :global_state end, name: {:global, :agent_g})
IO.inspect(Agent.get({:global, :agent_g}, & &1))
IO.inspect(GenServer.whereis({:global, :agent_g}) == g)
try do
  Agent.start(fn -> 0 end, name: "bad")
rescue
  e in ArgumentError -> IO.puts(String.starts_with?(Exception.message(e), "expected :name option"))
end
