# A receive that waits for a reply tagged with a monitor reference starts
# after the messages that were queued before the monitor was made; the
# messages it skips stay queued, in order.
for i <- 1..1_000, do: send(self(), {:old, i})

dead = spawn(fn -> :ok end)
Process.sleep(10)
ref = Process.monitor(dead)
IO.inspect(
  receive do
    {:DOWN, ^ref, :process, _, reason} -> reason
  end
)

{:ok, agent} = Agent.start_link(fn -> 0 end)
for n <- 1..100, do: Agent.update(agent, &(&1 + n))
IO.inspect(Agent.get(agent, & &1))

# GenServer.call (under Agent.get) waits for a reply tagged with a monitor
IO.inspect(Agent.get(agent, &(&1 * 2)))

a = :erlang.alias()
send(a, {a, :via_alias})
IO.inspect(
  receive do
    {^a, what} -> what
  end
)

{:messages, left} = Process.info(self(), :messages)
IO.inspect({length(left), hd(left), List.last(left)})
