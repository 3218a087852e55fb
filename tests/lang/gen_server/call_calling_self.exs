# a process calling itself exits with {:calling_self, {GenServer, :call, [...]}};
# a server calling itself inside handle_call crashes with that reason
Logger.configure(level: :none)

defmodule SelfCaller do
  use GenServer

  def init(s), do: {:ok, s}

  def handle_call(:recurse, _from, s), do: {:reply, GenServer.call(:self_caller, :inner), s}
  def handle_call(:recurse_pid, _from, s), do: {:reply, GenServer.call(self(), :inner), s}
end

Process.register(self(), :me)
try do
  GenServer.call(:me, :hi)
catch
  :exit, reason -> IO.inspect(reason)
end
try do
  GenServer.call(self(), :hi)
catch
  :exit, {reason, {GenServer, :call, [p, :hi, 5000]}} -> IO.inspect({reason, p == self()})
end
{:ok, _} = GenServer.start(SelfCaller, nil, name: :self_caller)
try do
  GenServer.call(:self_caller, :recurse)
catch
  :exit, reason -> IO.inspect(reason)
end
IO.inspect(Process.whereis(:self_caller))
