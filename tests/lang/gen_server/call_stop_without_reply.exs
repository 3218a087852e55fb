# {:stop, reason, s} from handle_call without replying: the caller exits with the reason;
# if the server replied with GenServer.reply/2 before stopping, the caller gets that reply
defmodule NoReplyStop do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_call(:stop_silently, _from, s), do: {:stop, :normal, s}

  def handle_call(:reply_then_stop, from, s) do
    GenServer.reply(from, :replied_first)
    {:stop, :normal, s}
  end

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    {:ok, _} = GenServer.start(NoReplyStop, self(), name: :nrs)
    try do
      GenServer.call(:nrs, :stop_silently)
    catch
      :exit, reason -> IO.inspect(reason, label: "caller exit")
    end
    receive do
      {:terminate, r} -> IO.inspect(r, label: "terminate")
    end

    {:ok, pid} = GenServer.start(NoReplyStop, self(), name: :nrs)
    ref = Process.monitor(pid)
    IO.inspect(GenServer.call(:nrs, :reply_then_stop))
    receive do
      {:terminate, r} -> IO.inspect(r, label: "terminate")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "DOWN")
    end
    IO.inspect(Process.whereis(:nrs))
  end
end

Main.run()
