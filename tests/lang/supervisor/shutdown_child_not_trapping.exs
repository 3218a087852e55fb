# a child that does not trap exits is stopped by the :shutdown signal without running terminate/2;
# a trapping one runs terminate(:shutdown)
defmodule W do
  use GenServer
  def start_link({trap, parent}), do: GenServer.start_link(__MODULE__, {trap, parent})
  def init({trap, parent}) do
    Process.flag(:trap_exit, trap)
    send(parent, {:child, trap, self()})
    {:ok, {trap, parent}}
  end
  def terminate(reason, {trap, parent}), do: send(parent, {:terminate, trap, reason})
end

defmodule Main do
  def run do
    children = [
      Supervisor.child_spec({W, {false, self()}}, id: :plain),
      Supervisor.child_spec({W, {true, self()}}, id: :trapping)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    kids =
      for _ <- 1..2 do
        receive do
          {:child, t, p} -> {t, Process.monitor(p)}
        end
      end
    :ok = Supervisor.stop(sup)
    for {trap, ref} <- kids do
      receive do
        {:DOWN, ^ref, :process, _, r} -> IO.inspect({trap, :exit, r})
      end
    end
    receive do
      {:terminate, t, r} -> IO.inspect({t, :terminate, r})
    end
    receive do
      m -> IO.inspect(m, label: "unexpected")
    after
      20 -> IO.puts("plain child never ran terminate")
    end
  end
end

Main.run()
