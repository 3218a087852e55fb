# more than max_restarts restarts within max_seconds: the supervisor stops all children
# and exits with :shutdown
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
    children = [Supervisor.child_spec({W, self()}, id: :crashy), Supervisor.child_spec({W, self()}, id: :bystander)]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
    crashy = next()
    bystander = next()
    ref = Process.monitor(bystander)
    crashy = for _ <- 1..2, reduce: crashy do
      pid ->
        Process.exit(pid, :kill)
        next()
    end
    IO.puts("survived 2 restarts")
    Process.exit(crashy, :kill)
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
    end
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "bystander exit")
    end
    IO.inspect(Process.alive?(sup))
  end
end

Main.run()
