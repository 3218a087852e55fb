# A process other than main that raises gets an error report on stderr; the
# VM and the main process carry on.
# expect-stdout: main continues
# expect-stderr: [error] Process #PID<0.
# expect-stderr: raised an exception
# expect-stderr: ** (ArithmeticError) bad argument in arithmetic expression
defmodule Crash do
  def divide(x), do: div(x, 0)
end

{pid, ref} = spawn_monitor(fn -> Crash.divide(1) end)
receive do
  {:DOWN, ^ref, :process, ^pid, _} -> IO.puts("main continues")
end
