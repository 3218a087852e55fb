# throw(v) in init/1 counts as returning v; exit(r) in init/1 gives {:error, r}
Logger.configure(level: :none)

defmodule TE do
  use GenServer

  def init({:throw, v}), do: throw(v)
  def init({:exit, r}), do: exit(r)

  def handle_call(:get, _from, s), do: {:reply, s, s}
end

{:ok, pid} = GenServer.start(TE, {:throw, {:ok, :thrown_state}})
IO.inspect(GenServer.call(pid, :get))
IO.inspect(GenServer.start(TE, {:throw, :ignore}))
IO.inspect(GenServer.start(TE, {:throw, {:stop, :thrown_stop}}))
IO.inspect(GenServer.start(TE, {:throw, :nonsense}))
IO.inspect(GenServer.start(TE, {:exit, :exited}))
IO.inspect(GenServer.start(TE, {:exit, {:shutdown, 1}}))
