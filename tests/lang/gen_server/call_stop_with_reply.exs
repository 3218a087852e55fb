# {:stop, reason, reply, s} from handle_call: terminate/2 runs first, then the reply is sent
defmodule Stopper do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_call(:stop_me, _from, parent), do: {:stop, :normal, :goodbye, parent}
  def handle_call({:stop_with, r}, _from, parent), do: {:stop, r, {:stopping, r}, parent}

  def terminate(reason, parent) do
    send(parent, {:terminated, reason})
  end
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Stopper, self())
    ref = Process.monitor(pid)
    IO.inspect(GenServer.call(pid, :stop_me))
    # terminate's message was sent before the reply, so it is already here
    receive do
      {:terminated, r} -> IO.inspect(r, label: "terminated")
    after
      0 -> IO.puts("terminate message not yet here")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "DOWN")
    end

    {:ok, pid2} = GenServer.start(Stopper, self())
    ref2 = Process.monitor(pid2)
    IO.inspect(GenServer.call(pid2, {:stop_with, {:shutdown, :done}}))
    receive do
      {:terminated, r} -> IO.inspect(r, label: "terminated")
    after
      0 -> IO.puts("terminate message not yet here")
    end
    receive do
      {:DOWN, ^ref2, :process, ^pid2, r} -> IO.inspect(r, label: "DOWN")
    end
  end
end

Main.run()
