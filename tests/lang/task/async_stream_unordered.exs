# ordered: false emits results as they complete
delays = [90, 0, 45]
s = Task.async_stream(delays, fn d -> Process.sleep(d); d end, ordered: false, max_concurrency: 3)
IO.inspect(Enum.to_list(s))
s2 = Task.async_stream(delays, fn d -> Process.sleep(d); d end, ordered: true, max_concurrency: 3)
IO.inspect(Enum.to_list(s2))
