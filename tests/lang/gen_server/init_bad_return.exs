# init/1 returning anything unexpected gives {:error, {:bad_return_value, value}}
Logger.configure(level: :none)

defmodule B do
  use GenServer
  def init(v), do: v
end

Process.flag(:trap_exit, true)
for v <- [:ok, {:ok}, {:ok, 1, 2, 3}, {:error, :x}, 42, {:stop}] do
  IO.inspect(GenServer.start(B, v))
end
IO.inspect(GenServer.start_link(B, :weird))
receive do
  {:EXIT, _pid, reason} -> IO.inspect(reason, label: "EXIT")
after
  500 -> IO.puts("no EXIT")
end
