# updates from many processes are serialized by the agent: none is lost
{:ok, agent} = Agent.start_link(fn -> 0 end)
parent = self()
for _ <- 1..10 do
  spawn(fn ->
    for _ <- 1..100, do: Agent.update(agent, &(&1 + 1))
    send(parent, :done)
  end)
end
for _ <- 1..10 do
  receive do
    :done -> :ok
  end
end
IO.inspect(Agent.get(agent, & &1))
IO.inspect(Agent.get_and_update(agent, fn n -> {n, 0} end))
IO.inspect(Agent.get(agent, & &1))
