# the module/function/args forms: the state is passed as the first argument
defmodule Store do
  def init(a, b), do: %{a: a, b: b}
  def fetch(state, key), do: Map.get(state, key)
  def put(state, key, value), do: Map.put(state, key, value)
  def pop(state, key), do: Map.pop(state, key)
  def size(state), do: map_size(state)
end

{:ok, agent} = Agent.start_link(Store, :init, [1, 2])
IO.inspect(Agent.get(agent, Store, :fetch, [:a]))
IO.inspect(Agent.get(agent, Store, :size, []))
IO.inspect(Agent.update(agent, Store, :put, [:c, 3]))
IO.inspect(Agent.get(agent, & &1))
IO.inspect(Agent.get_and_update(agent, Store, :pop, [:a]))
IO.inspect(Agent.cast(agent, Store, :put, [:d, 4]))
IO.inspect(Agent.get(agent, & &1))
{:ok, a2} = Agent.start(Store, :init, [:x, :y], name: :store2)
IO.inspect(Agent.get(:store2, Store, :fetch, [:b]) == :y and is_pid(a2))
