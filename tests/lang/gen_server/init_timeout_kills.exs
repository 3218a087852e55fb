# an init/1 slower than the :timeout option: start returns {:error, :timeout}
# and the half-started process is killed (no EXIT message is left for a trapping caller)
defmodule Slow do
  use GenServer

  def init(parent) do
    send(parent, {:starting, self()})
    Process.sleep(2000)
    {:ok, parent}
  end
end

defmodule Main do
  def run do
    IO.inspect(GenServer.start(Slow, self(), timeout: 50, name: :slow_one))
    pid = receive do {:starting, p} -> p end
    IO.inspect(Process.alive?(pid))
    IO.inspect(Process.whereis(:slow_one))

    Process.flag(:trap_exit, true)
    IO.inspect(GenServer.start_link(Slow, self(), timeout: 50))
    pid2 = receive do {:starting, p} -> p end
    IO.inspect(Process.alive?(pid2))

    receive do
      {:EXIT, ^pid2, reason} -> IO.inspect({:exit_message, reason})
    after
      50 -> IO.puts("no EXIT message")
    end
  end
end

Main.run()
