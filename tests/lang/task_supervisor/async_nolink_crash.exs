# a crashing async_nolink task does not take the caller down: yield gives {:exit, reason}
# and a raw receive sees the :DOWN
Logger.configure(level: :none)

defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link()
    t = Task.Supervisor.async_nolink(sup, fn -> exit(:task_failed) end)
    IO.inspect(Task.yield(t, 1000))
    t2 = Task.Supervisor.async_nolink(sup, fn -> raise "boom" end)
    ref = t2.ref
    receive do
      {:DOWN, ^ref, :process, _, {e, stack}} -> IO.inspect({e, is_list(stack)})
    end
    t3 = Task.Supervisor.async_nolink(sup, fn -> exit(:again) end)
    try do
      Task.await(t3)
    catch
      :exit, {reason, {Task, :await, _}} -> IO.inspect(reason, label: "await exit")
    end
    IO.puts("caller survived")
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()
