# terminate/2 is not called when init/1 fails ({:stop, r}, raise, exit, bad return, :ignore)
Logger.configure(level: :none)

defmodule NT do
  use GenServer

  def init({parent, how}) do
    Process.put(:parent, parent)
    case how do
      :stop -> {:stop, :nope}
      :raise -> raise "nope"
      :exit -> exit(:nope)
      :bad -> :nope
      :ignore -> :ignore
    end
  end

  def terminate(reason, _state) do
    send(Process.get(:parent), {:terminate_called, reason})
  end
end

for how <- [:stop, :raise, :exit, :bad, :ignore] do
  r = GenServer.start(NT, {self(), how})
  shape =
    case r do
      {:error, {%RuntimeError{} = e, _stack}} -> {:error, e}
      other -> other
    end

  IO.inspect({how, shape})
end

receive do
  {:terminate_called, r} -> IO.inspect(r, label: "terminate called")
after
  50 -> IO.puts("terminate never called")
end
