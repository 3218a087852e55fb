# restart: :transient children are restarted only after an abnormal exit
# (:normal, :shutdown and {:shutdown, _} exits are not restarted)
Logger.configure(level: :none)

defmodule W do
  use GenServer, restart: :transient
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id), do: {:ok, id}
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

defmodule Main do
  def stop_and_check(sup, id, reason) do
    pid = Process.whereis(id)
    ref = Process.monitor(pid)
    GenServer.cast(id, {:stop, reason})
    receive do
      {:DOWN, ^ref, :process, _, _} -> :ok
    end
    Process.sleep(50)
    [{^id, now, _, _}] = Enum.filter(Supervisor.which_children(sup), fn {i, _, _, _} -> i == id end)
    IO.inspect({reason, if(is_pid(now), do: :restarted, else: now)})
  end

  def run do
    ids = [:t1, :t2, :t3, :t4]
    {:ok, sup} = Supervisor.start_link(Enum.map(ids, &Supervisor.child_spec({W, &1}, id: &1)), strategy: :one_for_one)
    stop_and_check(sup, :t1, :boom)
    stop_and_check(sup, :t2, :normal)
    stop_and_check(sup, :t3, :shutdown)
    stop_and_check(sup, :t4, {:shutdown, :done})
    IO.inspect(Supervisor.count_children(sup))
  end
end

Main.run()
