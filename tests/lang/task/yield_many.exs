# Task.yield_many returns {task, result} pairs in input order: {:ok, v}, {:exit, r} or nil
Logger.configure(level: :none)
Process.flag(:trap_exit, true)

tasks = [
  Task.async(fn -> :quick end),
  Task.async(fn -> Process.sleep(300); :slow end),
  Task.async(fn -> exit(:failed) end),
  Task.async(fn -> Process.sleep(10); :medium end)
]
results = Task.yield_many(tasks, 100)
IO.inspect(Enum.map(results, fn {t, r} -> {Enum.find_index(tasks, &(&1 == t)), r} end))
slow = Enum.at(tasks, 1)
IO.inspect(Task.shutdown(slow, :brutal_kill))
