Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, state), do: {:reply, state, state}
end

defmodule MyDyn do
  use DynamicSupervisor

  def start_link(arg, opts \\ []), do: DynamicSupervisor.start_link(__MODULE__, arg, opts)

  def init(:ignore), do: :ignore
  def init(:bad), do: {:ok, [:not_a_map]}
  def init(:other), do: :other
  def init(:flags), do: {:ok, %{strategy: :rest_for_one}}
  def init(:raw), do: {:ok, %{}}
  def init(extra), do: DynamicSupervisor.init(strategy: :one_for_one, extra_arguments: [extra], max_children: 1)
end

{:ok, sup} = MyDyn.start_link(:hello, name: MyDyn)
IO.inspect(Process.whereis(MyDyn) == sup)
{:ok, pid} = DynamicSupervisor.start_child(MyDyn, {W, :world})
IO.inspect(GenServer.call(pid, :get))
IO.inspect(DynamicSupervisor.start_child(MyDyn, {W, :again}))
IO.inspect(MyDyn.child_spec(:x))
IO.inspect(MyDyn.start_link(:ignore))
IO.inspect(MyDyn.start_link(:bad))
IO.inspect(MyDyn.start_link(:other))
IO.inspect(MyDyn.start_link(:flags))
{:ok, raw} = MyDyn.start_link(:raw)
IO.inspect(DynamicSupervisor.count_children(raw))
IO.inspect(MyDyn.start_link(:hello, name: MyDyn) == {:error, {:already_started, sup}})

flush = fn flush ->
  receive do
    {:EXIT, _, reason} -> [reason | flush.(flush)]
  after
    0 -> []
  end
end

IO.inspect(flush.(flush))
