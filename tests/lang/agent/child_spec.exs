# Agent.child_spec/1 and use Agent's generated child_spec/1; agents under a supervisor
defmodule Counter do
  use Agent

  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def inc, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule TempAgent do
  use Agent, restart: :temporary
  def start_link(_), do: Agent.start_link(fn -> nil end)
end

IO.inspect(Agent.child_spec(fn -> 1 end) |> Map.update!(:start, fn {m, f, [a]} -> {m, f, [is_function(a, 0)]} end))
IO.inspect(Agent.child_spec(:arg))
IO.inspect(Counter.child_spec(5))
IO.inspect(TempAgent.child_spec(:x))
{:ok, _sup} = Supervisor.start_link([{Counter, 5}], strategy: :one_for_one)
Counter.inc()
IO.inspect(Counter.value())
