# Task.shutdown: nil for a running task (which is stopped), {:ok, r} when the reply is
# already queued, {:exit, reason} when it already died; :brutal_kill kills at once
Logger.configure(level: :none)

defmodule Main do
  def run do
    t = Task.async(fn -> Process.sleep(1000) end)
    IO.inspect(Task.shutdown(t))
    IO.inspect(Process.alive?(t.pid))

    t2 = Task.async(fn -> :quick end)
    Process.sleep(30)
    IO.inspect(Task.shutdown(t2))

    Process.flag(:trap_exit, true)
    t3 = Task.async(fn -> exit(:failed) end)
    Process.sleep(30)
    IO.inspect(Task.shutdown(t3))

    t4 = Task.async(fn -> Process.sleep(1000) end)
    IO.inspect(Task.shutdown(t4, :brutal_kill))
    IO.inspect(Process.alive?(t4.pid))

    t5 = Task.async(fn -> Process.sleep(1000) end)
    IO.inspect(Task.shutdown(t5, 50))
    IO.inspect(Process.info(self(), :monitors))
    # only the EXIT of t3, which died before shutdown could unlink it, is left behind
    {:messages, msgs} = Process.info(self(), :messages)
    IO.inspect(Enum.map(msgs, fn {:EXIT, pid, r} -> {:EXIT, pid == t3.pid, r} end))
  end
end

Main.run()
