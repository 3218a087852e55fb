# a raise in init/1: the caller gets {:error, {exception, stacktrace}}
# and a trapping start_link caller gets the same reason in its EXIT message.
# Errors raised by the runtime keep their raw Erlang reason (:badarith, {:badmatch, v}).
Logger.configure(level: :none)

defmodule R do
  use GenServer
  def init(:raise), do: raise("bad config")
  def init(:argerr), do: raise(ArgumentError, "wrong arg")
  def init({:badarith, x}), do: {:ok, 1 + x}
  def init({:badmatch, x}) do
    {:ok, y} = x
    {:ok, y}
  end
end

{:error, {e, stack}} = GenServer.start(R, :raise)
IO.inspect(e)
IO.puts(Exception.message(e))
IO.inspect(is_list(stack) and stack != [])
{:error, {e, _}} = GenServer.start(R, :argerr)
IO.inspect(e)

Process.flag(:trap_exit, true)
{:error, {reason, _}} = GenServer.start_link(R, {:badarith, String.to_atom("a")})
IO.inspect(reason)
receive do
  {:EXIT, _pid, {r, st}} -> IO.inspect({r, is_list(st)})
after
  500 -> IO.puts("no EXIT")
end
{:error, {reason, _}} = GenServer.start(R, {:badmatch, :error})
IO.inspect(reason)
