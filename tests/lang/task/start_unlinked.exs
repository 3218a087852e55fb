# Task.start/1,3 runs a function in an unlinked process and returns {:ok, pid};
# its crash does not affect the caller
Logger.configure(level: :none)

defmodule Main do
  def report(parent, x), do: send(parent, {:mfa_task, x})

  def run do
    parent = self()
    {:ok, pid} = Task.start(fn -> send(parent, {:fun_task, self()}) end)
    receive do
      {:fun_task, p} -> IO.inspect(p == pid)
    end
    {:ok, _} = Task.start(Main, :report, [parent, 7])
    receive do
      {:mfa_task, x} -> IO.inspect(x)
    end
    {:ok, crasher} = Task.start(fn -> receive do :crash -> raise "task crash" end end)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(crasher in links)
    ref = Process.monitor(crasher)
    send(crasher, :crash)
    receive do
      {:DOWN, ^ref, :process, _, {e, _}} -> IO.inspect(e, label: "task died")
    end
    IO.puts("caller unaffected")
  end
end

Main.run()
