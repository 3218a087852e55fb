Logger.configure(level: :none)
defmodule Loud do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{id}")
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

me = self()

owner =
  spawn(fn ->
    children = for id <- [:a, :b, :c], do: Supervisor.child_spec({Loud, id}, id: id)
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    send(me, {:sup, sup})

    receive do
      :go -> exit(:owner_done)
    end
  end)

sup =
  receive do
    {:sup, sup} -> sup
  end

ref = Process.monitor(sup)
send(owner, :go)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "supervisor down")
end
