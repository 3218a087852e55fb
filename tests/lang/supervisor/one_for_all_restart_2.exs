# :one_for_all: a crash restarts every child; the others are stopped with :shutdown
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link({id, parent}), do: GenServer.start_link(__MODULE__, {id, parent}, name: id)
  def init({id, parent}) do
    Process.flag(:trap_exit, true)
    send(parent, {:started, id})
    {:ok, {id, parent}}
  end
  def terminate(reason, {id, parent}), do: send(parent, {:terminated, id, reason})
end

defmodule Main do
  def collect(n) do
    for _ <- 1..n do
      receive do
        m -> m
      end
    end
  end

  def run do
    me = self()
    children = for id <- [:a, :b, :c], do: Supervisor.child_spec({W, {id, me}}, id: id)
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all)
    IO.inspect(collect(3))
    b = Process.whereis(:b)
    Process.exit(b, :kill)
    IO.inspect(collect(5))
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid)} end))
  end
end

Main.run()
