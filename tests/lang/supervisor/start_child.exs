Logger.configure(level: :none)

defmodule W do
  use GenServer

  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_link_info(arg), do: {:ok, elem(GenServer.start_link(__MODULE__, arg), 1), {:info, arg}}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :refused}
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
{:ok, a} = Supervisor.start_child(sup, Supervisor.child_spec({W, :a}, id: :a))
IO.inspect(is_pid(a))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, :a2}, id: :a)) == {:error, {:already_started, a}})
{:ok, b, info} = Supervisor.start_child(sup, %{id: :b, start: {W, :start_link_info, [:b]}})
IO.inspect({is_pid(b), info})
IO.inspect(Supervisor.start_child(sup, %{id: :ign, start: {W, :start_link, [:ignore]}}))
IO.inspect(Supervisor.start_child(sup, %{id: :ign, start: {W, :start_link, [:x]}}))
IO.inspect(Supervisor.start_child(sup, %{id: :stop, start: {W, :start_link, [:stop]}}))
IO.inspect(Supervisor.start_child(sup, {W, :module_form}) |> elem(0))
IO.inspect(Supervisor.start_child(sup, W) |> elem(0))
case Supervisor.start_child(sup, W) do
  {:error, {:already_started, pid}} -> IO.inspect(is_pid(pid))
end

# a child that registers a name that is already taken
Process.register(self(), :taken)
{:error, {{:already_started, pid}, record}} =
  Supervisor.start_child(sup, %{id: :named, start: {GenServer, :start_link, [W, 1, [name: :taken]]}})
IO.inspect({pid == self(), record})

for {id, pid, type, mods} <- Supervisor.which_children(sup) do
  IO.inspect({id, if(is_pid(pid), do: :pid, else: pid), type, mods})
end

IO.inspect(Supervisor.count_children(sup))
