# init returning {:stop, r} with GenServer.start: {:error, r}, the caller is unaffected
Logger.configure(level: :none)

defmodule St do
  use GenServer
  def init(reason), do: {:stop, reason}
end

Process.flag(:trap_exit, true)
IO.inspect(GenServer.start(St, :bad_config))
IO.inspect(GenServer.start(St, {:shutdown, :nothing_to_do}, name: :st))
IO.inspect(Process.whereis(:st))
receive do
  msg -> IO.inspect(msg)
after
  50 -> IO.puts("no messages")
end
