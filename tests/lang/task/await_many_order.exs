# Task.await_many returns results in input order, whatever order the tasks finish in
delays = [50, 10, 30, 0, 20]
tasks = for d <- delays, do: Task.async(fn -> Process.sleep(d); {:slept, d} end)
IO.inspect(Task.await_many(tasks))
IO.inspect(Task.await_many([], 100))
more = for x <- [:a, :b, :c], do: Task.async(fn -> x end)
IO.inspect(Task.await_many(more, 1000))
IO.inspect(Process.info(self(), :messages))
