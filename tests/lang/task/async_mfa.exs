# Task.async/3 with module, function, args; the struct records the mfa
defmodule Math do
  def add(a, b), do: a + b
  def slow_double(x) do
    Process.sleep(5)
    x * 2
  end
end

t = Task.async(Math, :add, [2, 3])
IO.inspect(t.mfa)
IO.inspect(Task.await(t))
t2 = Task.async(Math, :slow_double, [21])
IO.inspect(t2.mfa)
IO.inspect(Task.await(t2))
t3 = Task.async(Enum, :reverse, [[1, 2, 3]])
IO.inspect(Task.await(t3))
f = Task.async(fn -> :anon end)
IO.inspect(f.mfa)
Task.await(f)
