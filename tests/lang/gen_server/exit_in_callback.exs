# exit(r) inside a callback stops the server with reason r; terminate/2 runs first
Logger.configure(level: :none)

defmodule Exiter do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_cast({:exit, r}, _p), do: exit(r)
  def handle_info({:exit, r}, _p), do: exit(r)
  def handle_call({:exit, r}, _from, _p), do: exit(r)

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    for {kind, r} <- [{:cast, :custom}, {:info, {:shutdown, :x}}, {:call, :normal}] do
      {:ok, pid} = GenServer.start(Exiter, self())
      ref = Process.monitor(pid)
      case kind do
        :cast -> GenServer.cast(pid, {:exit, r})
        :info -> send(pid, {:exit, r})
        :call ->
          try do
            GenServer.call(pid, {:exit, r})
          catch
            :exit, {reason, {GenServer, :call, _}} -> IO.inspect(reason, label: "caller exit")
          end
      end
      receive do
        {:terminate, reason} -> IO.inspect({kind, :terminate, reason})
      end
      receive do
        {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect({kind, :DOWN, reason})
      end
    end
  end
end

Main.run()
