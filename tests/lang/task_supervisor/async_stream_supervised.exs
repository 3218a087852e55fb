# Task.Supervisor.async_stream runs the stream's tasks under the supervisor
defmodule M do
  def triple(x), do: x * 3
end

{:ok, sup} = Task.Supervisor.start_link()
IO.inspect(Task.Supervisor.async_stream(sup, 1..5, fn x -> x + 100 end) |> Enum.to_list())
IO.inspect(Task.Supervisor.async_stream(sup, [1, 2], M, :triple, []) |> Enum.to_list())
IO.inspect(
  Task.Supervisor.async_stream(sup, [30, 0, 15], fn d -> Process.sleep(d); d end, ordered: false, max_concurrency: 3)
  |> Enum.map(fn {:ok, d} -> d end)
)
IO.inspect(Task.Supervisor.async_stream(sup, 1..100, &(&1), max_concurrency: 2) |> Enum.take(2))
Process.sleep(50)
IO.inspect(Task.Supervisor.children(sup))
