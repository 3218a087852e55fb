# A Task pipeline: fetch, parse and aggregate "documents" concurrently with
# Task.async_stream, at most 4 tasks at a time, results in input order.
defmodule Pipeline do
  def fetch(id) do
    Process.sleep(rem(id * 7, 20))
    "doc-#{id}: " <> String.duplicate("word ", rem(id, 5) + 1)
  end

  def count_words(text) do
    [_label | words] = String.split(text)
    length(words)
  end
end

results =
  1..12
  |> Task.async_stream(&Pipeline.fetch/1, max_concurrency: 4)
  |> Stream.map(fn {:ok, text} -> text end)
  |> Task.async_stream(&Pipeline.count_words/1, max_concurrency: 4)
  |> Enum.map(fn {:ok, n} -> n end)

IO.inspect(results, label: "words per document")
IO.puts("total words: #{Enum.sum(results)}")

# A slow item times out and is killed instead of failing the pipeline.
timed =
  [5, 300, 10]
  |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, timeout: 100, on_timeout: :kill_task)
  |> Enum.to_list()

IO.inspect(timed, label: "with a timeout")

# Taking only the first results stops the stream and kills the rest.
first = 1..1_000 |> Task.async_stream(&(&1 * 2), max_concurrency: 8) |> Enum.take(3)
IO.inspect(first, label: "first three")

# Plain async/await for two independent computations.
a = Task.async(fn -> Enum.sum(1..100_000) end)
b = Task.async(fn -> Enum.reduce(1..20, 1, &*/2) end)
IO.inspect(Task.await_many([a, b]), label: "awaited")
