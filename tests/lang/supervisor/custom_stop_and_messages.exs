Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule Loud do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    {:ok, id}
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

defmodule TwoArity do
  use Supervisor
  def init(ids), do: Supervisor.init(for(id <- ids, do: Supervisor.child_spec({Loud, id}, id: id)), strategy: :one_for_one)
end

{:ok, sup} = Supervisor.start_link(TwoArity, [:a, :b])
stranger = spawn(fn -> :ok end)
send(sup, :unexpected)
send(sup, {:EXIT, stranger, :not_a_child})
IO.inspect(Supervisor.count_children(sup))
ref = Process.monitor(sup)
IO.inspect(Supervisor.stop(sup, :custom_reason))

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
end

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "exit")
end

{:ok, sup} = Supervisor.start_link(TwoArity, [:c])
IO.inspect(Supervisor.stop(sup, {:shutdown, :done}))
{:ok, sup} = Supervisor.start_link(TwoArity, [:d])
[{:d, d, _, _}] = Supervisor.which_children(sup)
ref = Process.monitor(d)
Process.exit(sup, :kill)

receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "d down")
end

receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "killed supervisor")
end
