# calling a via name nobody holds exits :noproc; casting to it returns :ok
{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
name = {:via, Registry, {Reg, :ghost}}
try do
  GenServer.call(name, :hello)
catch
  :exit, reason -> IO.inspect(reason)
end
IO.inspect(GenServer.cast(name, :hello))
try do
  Agent.get(name, & &1)
catch
  :exit, {reason, {GenServer, :call, [n, _, _]}} -> IO.inspect({reason, n})
end
