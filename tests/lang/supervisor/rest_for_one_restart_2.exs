# :rest_for_one: the crashed child and the children started after it are restarted
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
    children = for id <- [:a, :b, :c, :d], do: Supervisor.child_spec({W, {id, me}}, id: id)
    {:ok, _sup} = Supervisor.start_link(children, strategy: :rest_for_one)
    IO.inspect(collect(4))
    a = Process.whereis(:a)
    Process.exit(Process.whereis(:b), :kill)
    # c and d are stopped (d first), then b, c and d restart in order
    IO.inspect(collect(5))
    IO.inspect(Process.whereis(:a) == a)
    receive do
      m -> IO.inspect(m, label: "unexpected")
    after
      30 -> IO.puts("nothing else")
    end
  end
end

Main.run()
