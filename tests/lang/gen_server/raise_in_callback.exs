# a raise in a callback stops the server with {exception, stacktrace}; terminate/2 runs
# with that reason; the caller of a failing call exits with it
Logger.configure(level: :none)

defmodule Raiser do
  use GenServer

  def init(parent), do: {:ok, parent}

  def handle_call(:raise, _from, _p), do: raise("call failed")
  def handle_cast(:raise, _p), do: raise(ArgumentError, "cast failed")
  def handle_info(:raise, p), do: {:noreply, Map.fetch!(%{p => 1}, :missing_key)}

  def terminate({exception, stack}, parent) do
    send(parent, {:terminate, exception, is_list(stack)})
  end
end

defmodule Main do
  def run do
    {:ok, _} = GenServer.start(Raiser, self(), name: :raiser)
    try do
      GenServer.call(:raiser, :raise)
    catch
      :exit, {{e, stack}, call} -> IO.inspect({e, is_list(stack), call})
    end
    receive do
      {:terminate, e, st?} -> IO.inspect({:terminate, e, st?})
    end

    for msg <- [:cast, :info] do
      {:ok, pid} = GenServer.start(Raiser, self())
      ref = Process.monitor(pid)
      if msg == :cast, do: GenServer.cast(pid, :raise), else: send(pid, :raise)
      receive do
        {:terminate, e, st?} -> IO.inspect({:terminate, e, st?})
      end
      receive do
        {:DOWN, ^ref, :process, ^pid, {e, _}} -> IO.inspect(e, label: "DOWN")
      end
    end
  end
end

Main.run()
