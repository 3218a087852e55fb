# get_and_update: the fun returns {reply, new_state}
{:ok, agent} = Agent.start_link(fn -> 10 end)
IO.inspect(Agent.get_and_update(agent, fn n -> {n, n + 1} end))
IO.inspect(Agent.get_and_update(agent, fn n -> {{:was, n}, n * 2} end, 1000))
IO.inspect(Agent.get(agent, & &1))
{:ok, q} = Agent.start_link(fn -> [1, 2, 3] end)
pop = fn
  [] -> {:empty, []}
  [h | t] -> {h, t}
end
IO.inspect(for _ <- 1..4, do: Agent.get_and_update(q, pop))
