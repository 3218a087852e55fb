# max_concurrency: 0 raises ArgumentError
for opts <- [[max_concurrency: 0], [max_concurrency: -1]] do
  try do
    Task.async_stream([1, 2], fn x -> x end, opts) |> Enum.to_list()
    IO.puts("no error")
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
