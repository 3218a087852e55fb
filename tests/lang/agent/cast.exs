# Agent.cast returns :ok immediately, even for a name nobody has; casts apply in order
{:ok, agent} = Agent.start_link(fn -> [] end)
IO.inspect(Agent.cast(agent, fn l -> [1 | l] end))
IO.inspect(Agent.cast(agent, fn l -> [2 | l] end))
IO.inspect(Agent.get(agent, & &1))
IO.inspect(Agent.cast(:no_such_agent, fn l -> l end))
