# a name registered for a server whose init fails is released, so the name can be reused
Logger.configure(level: :none)

defmodule F do
  use GenServer
  def init(:fail), do: {:stop, :failed}
  def init(:raise), do: raise("x")
  def init(:ignore), do: :ignore
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

IO.inspect(GenServer.start(F, :fail, name: :fname))
IO.inspect(Process.whereis(:fname))
{:error, {%RuntimeError{}, _}} = GenServer.start(F, :raise, name: :fname)
IO.inspect(Process.whereis(:fname))
IO.inspect(GenServer.start(F, :ignore, name: :fname))
IO.inspect(Process.whereis(:fname))
{:ok, pid} = GenServer.start(F, :works, name: :fname)
IO.inspect(Process.whereis(:fname) == pid)
IO.inspect(GenServer.call(:fname, :get))
