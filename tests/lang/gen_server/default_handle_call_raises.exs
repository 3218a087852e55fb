# use GenServer without handle_call/3: a call crashes the server with a RuntimeError
# naming the server; the caller exits with {{exception, stack}, {GenServer, :call, ...}}
Logger.configure(level: :none)

defmodule NoCall do
  use GenServer
  def init(s), do: {:ok, s}
end

{:ok, _} = GenServer.start(NoCall, nil, name: :no_call)
try do
  GenServer.call(:no_call, :anything)
catch
  :exit, {{%RuntimeError{} = e, stack}, call} ->
    IO.puts(Exception.message(e))
    IO.inspect(is_list(stack))
    IO.inspect(call)
end
IO.inspect(Process.whereis(:no_call))
