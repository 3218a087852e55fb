# use GenServer without handle_cast/2: a cast crashes the server with a RuntimeError
Logger.configure(level: :none)

defmodule NoCast do
  use GenServer
  def init(s), do: {:ok, s}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(NoCast, nil, name: :no_cast)
    ref = Process.monitor(pid)
    IO.inspect(GenServer.cast(:no_cast, :anything))
    receive do
      {:DOWN, ^ref, :process, ^pid, {%RuntimeError{} = e, stack}} ->
        IO.puts(Exception.message(e))
        IO.inspect(is_list(stack))
    end
  end
end

Main.run()
