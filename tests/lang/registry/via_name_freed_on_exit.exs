# when a via-registered server dies, its name is freed and can be started again
Logger.configure(level: :none)

defmodule S do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
end

defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Reg)
    name = {:via, Registry, {Reg, :svc}}
    {:ok, pid} = GenServer.start(S, 1, name: name)
    ref = Process.monitor(pid)
    Process.exit(pid, :kill)
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r)
    end
    IO.inspect(Registry.lookup(Reg, :svc))
    IO.inspect(GenServer.whereis(name))
    {:ok, pid2} = GenServer.start(S, 2, name: name)
    IO.inspect(pid2 != pid)
    IO.inspect(GenServer.call(name, :get))
  end
end

Main.run()
