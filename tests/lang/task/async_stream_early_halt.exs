# stopping an async_stream early (Enum.take) kills the unused tasks and leaves
# no links, monitors or stray messages behind
{:links, links_before} = Process.info(self(), :links)
s = Task.async_stream(1..50, fn x -> Process.sleep(5); x * 2 end, max_concurrency: 4)
IO.inspect(Enum.take(s, 3))
IO.inspect(Process.info(self(), :links) == {:links, links_before})
IO.inspect(Process.info(self(), :monitors))
Process.sleep(50)
IO.inspect(Process.info(self(), :messages))

s2 = Task.async_stream(1..20, fn x -> Process.sleep(x); x end, max_concurrency: 5)
IO.inspect(Enum.find(s2, fn {:ok, v} -> v == 2 end))
Process.sleep(50)
IO.inspect(Process.info(self(), :links) == {:links, links_before})
IO.inspect(Process.info(self(), :messages))
