# exceeding max_restarts within max_seconds makes the DynamicSupervisor exit :shutdown
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    send(parent, {:started, self()})
    {:ok, parent}
  end
end

defmodule Main do
  def next do
    receive do
      {:started, p} -> p
    end
  end

  def run do
    Process.flag(:trap_exit, true)
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_restarts: 1, max_seconds: 5)
    {:ok, _} = DynamicSupervisor.start_child(sup, {W, self()})
    p1 = next()
    Process.exit(p1, :kill)
    p2 = next()
    IO.puts("restarted once")
    Process.exit(p2, :kill)
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
    end
  end
end

Main.run()
