# max_concurrency bounds how many tasks run at once
defmodule Gauge do
  def start, do: Agent.start_link(fn -> {0, 0} end)

  def enter(g), do: Agent.update(g, fn {cur, peak} -> {cur + 1, max(peak, cur + 1)} end)
  def leave(g), do: Agent.update(g, fn {cur, peak} -> {cur - 1, peak} end)
  def peak(g), do: Agent.get(g, fn {_, peak} -> peak end)
end

for limit <- [1, 2, 3] do
  {:ok, g} = Gauge.start()
  work = fn x ->
    Gauge.enter(g)
    Process.sleep(15)
    Gauge.leave(g)
    x
  end
  results = Task.async_stream(1..6, work, max_concurrency: limit) |> Enum.to_list()
  IO.inspect({limit, length(results), Gauge.peak(g)})
end
IO.inspect(System.schedulers_online() >= 1)
