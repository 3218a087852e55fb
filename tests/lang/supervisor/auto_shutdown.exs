Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id)
  def init(id), do: {:ok, id}
  def handle_cast(:stop, id), do: {:stop, :normal, id}
end

defmodule Sup do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)

  def init({auto, children}) do
    {:ok, {%{strategy: :one_for_one, auto_shutdown: auto}, children}}
  end
end

sig = fn id, restart -> %{id: id, start: {W, :start_link, [id]}, restart: restart, significant: true} end
plain = %{id: :plain, start: {W, :start_link, [:plain]}}

stop_child = fn sup, id ->
  {_, pid, _, _} = List.keyfind(Supervisor.which_children(sup), id, 0)
  ref = Process.monitor(pid)
  GenServer.cast(pid, :stop)

  receive do
    {:DOWN, ^ref, _, _, _} -> :ok
  end
end

result = fn sup ->
  receive do
    {:EXIT, ^sup, reason} -> {:exited, reason}
  after
    100 -> {:running, Supervisor.count_children(sup).specs}
  end
end

{:ok, s} = Sup.start_link({:any_significant, [plain, sig.(:s1, :transient), sig.(:s2, :temporary)]})
stop_child.(s, :s1)
IO.inspect(result.(s), label: "any_significant")

{:ok, s} = Sup.start_link({:all_significant, [plain, sig.(:s1, :transient), sig.(:s2, :temporary)]})
stop_child.(s, :s1)
IO.inspect(result.(s), label: "all_significant, one left")
stop_child.(s, :s2)
IO.inspect(result.(s), label: "all_significant, none left")

IO.inspect(Sup.start_link({:any_significant, [sig.(:p, :permanent)]}))
IO.inspect(Sup.start_link({:sometimes, []}))

{:ok, s} = Sup.start_link({:any_significant, [plain]})
IO.inspect(Supervisor.start_child(s, sig.(:late, :transient)) |> elem(0))
stop_child.(s, :late)
IO.inspect(result.(s), label: "started later")
