# An Agent as a memoizing cache in front of a slow function.
defmodule Cache do
  use Agent

  def start_link(_), do: Agent.start_link(fn -> %{} end, name: Cache)

  def fetch(key, compute) do
    case Agent.get(Cache, &Map.fetch(&1, key)) do
      {:ok, value} ->
        {:hit, value}

      :error ->
        value = compute.(key)
        Agent.update(Cache, &Map.put(&1, key, value))
        {:miss, value}
    end
  end

  def size(), do: Agent.get(Cache, &map_size/1)
end

defmodule Slow do
  def square(n) do
    Process.sleep(10)
    n * n
  end
end

{:ok, _} = Cache.start_link(nil)

for n <- [3, 4, 3, 3, 5, 4] do
  {kind, value} = Cache.fetch(n, &Slow.square/1)
  IO.puts("#{n}: #{value} (#{kind})")
end

IO.puts("cached keys: #{Cache.size()}")
IO.inspect(Agent.get_and_update(Cache, fn m -> {Map.keys(m), %{}} end), label: "cleared")
IO.puts("cached keys: #{Cache.size()}")
Agent.stop(Cache)
