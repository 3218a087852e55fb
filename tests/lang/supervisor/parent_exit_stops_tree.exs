# when the process that started a supervisor exits, the supervisor (which traps exits)
# stops its children in reverse order and exits with the same reason
defmodule W do
  use GenServer
  def start_link({id, observer}), do: GenServer.start_link(__MODULE__, {id, observer})
  def init({id, observer}) do
    Process.flag(:trap_exit, true)
    {:ok, {id, observer}}
  end
  def terminate(reason, {id, observer}), do: send(observer, {:terminated, id, reason})
end

defmodule Main do
  def run do
    me = self()
    owner =
      spawn(fn ->
        children = for id <- [:x, :y], do: Supervisor.child_spec({W, {id, me}}, id: id)
        {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
        send(me, {:sup, sup})
        receive do
          :quit -> exit(:owner_done)
        end
      end)
    sup = receive do {:sup, s} -> s end
    ref = Process.monitor(sup)
    send(owner, :quit)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "supervisor exit")
    end
    terminated =
      for _ <- 1..2 do
        receive do
          {:terminated, _, _} = m -> m
        end
      end
    IO.inspect(terminated)
  end
end

Logger.configure(level: :none)
Main.run()
