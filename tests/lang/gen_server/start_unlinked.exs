# GenServer.start/3 starts a server that is not linked to the caller
defmodule Plain do
  use GenServer

  def init(s), do: {:ok, s}

  def handle_call(:get, _from, s), do: {:reply, s, s}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Plain, :state)
    IO.inspect(is_pid(pid))
    IO.inspect(Process.info(pid, :links))
    {:links, my_links} = Process.info(self(), :links)
    IO.inspect(pid in my_links)
    IO.inspect(GenServer.call(pid, :get))
    # killing an unlinked server does not affect us
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason)
    end

    IO.puts("caller still alive")
  end
end

Main.run()
