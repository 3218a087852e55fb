# a raising fun in :sys.replace_state/2 leaves the state unchanged and the server alive;
# the caller gets an error
defmodule Keep do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

{:ok, pid} = GenServer.start_link(Keep, :original, name: :keep)
try do
  :sys.replace_state(:keep, fn _ -> raise "no thanks" end)
  IO.puts("no error")
rescue
  e in ErlangError -> IO.inspect(e.original)
end
IO.inspect(Process.alive?(pid))
IO.inspect(:sys.get_state(:keep))
IO.inspect(GenServer.call(:keep, :get))
try do
  :sys.replace_state(:keep, fn s -> throw(s) end)
rescue
  e in ErlangError -> IO.inspect(e.original)
end
IO.inspect(GenServer.call(:keep, :get))
