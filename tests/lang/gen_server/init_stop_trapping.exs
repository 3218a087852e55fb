# init returning {:stop, r} with start_link: the caller gets {:error, r};
# a caller that traps exits also receives {:EXIT, pid, r}
Logger.configure(level: :none)

defmodule St do
  use GenServer

  def init({parent, reason}) do
    send(parent, {:pid, self()})
    {:stop, reason}
  end
end

defmodule Main do
  def run do
    Process.flag(:trap_exit, true)

    for reason <- [:boom, :normal, {:shutdown, :why}] do
      IO.inspect(GenServer.start_link(St, {self(), reason}))
      pid = receive do {:pid, p} -> p end
      receive do
        {:EXIT, ^pid, r} -> IO.inspect({:EXIT, r})
      after
        500 -> IO.puts("no EXIT")
      end
    end
  end
end

Main.run()
