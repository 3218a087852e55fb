# an unexpected return from a callback stops the server with {:bad_return_value, v}
Logger.configure(level: :none)

defmodule Bad do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_call(:bad, _from, _p), do: :oops
  def handle_call(:bad_tuple, _from, _p), do: {:reply, :a}
  def handle_cast(:bad, _p), do: {:reply, :not_allowed, :state}
  def handle_info(:bad, _p), do: {:ok, :nope}

  def terminate(reason, parent), do: send(parent, {:terminate, reason})
end

defmodule Main do
  def run do
    for req <- [:bad, :bad_tuple] do
      {:ok, _} = GenServer.start(Bad, self(), name: :bad)
      try do
        GenServer.call(:bad, req)
      catch
        :exit, reason -> IO.inspect(reason, label: "caller exit")
      end
      receive do
        {:terminate, r} -> IO.inspect(r, label: "terminate")
      end
    end

    for kind <- [:cast, :info] do
      {:ok, pid} = GenServer.start(Bad, self())
      ref = Process.monitor(pid)
      if kind == :cast, do: GenServer.cast(pid, :bad), else: send(pid, :bad)
      receive do
        {:terminate, r} -> IO.inspect(r, label: "terminate")
      end
      receive do
        {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "DOWN")
      end
    end
  end
end

Main.run()
