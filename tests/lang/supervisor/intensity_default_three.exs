# the default intensity is max_restarts: 3 within max_seconds: 5: three quick crashes are
# restarted, the fourth shuts the supervisor down
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
    after
      200 -> :not_restarted
    end
  end

  def run do
    Process.flag(:trap_exit, true)
    {:ok, sup} = Supervisor.start_link([{W, self()}], strategy: :one_for_one)
    first = next()
    last =
      Enum.reduce(1..3, first, fn i, pid ->
        Process.exit(pid, :kill)
        new = next()
        IO.inspect({:crash, i, is_pid(new)})
        new
      end)
    Process.exit(last, :kill)
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit after crash 4")
    end
  end
end

Main.run()
