Logger.configure(level: :none)
Process.flag(:trap_exit, true)

defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

ok = %{id: :ok, start: {W, :start_link, [1]}}

specs = [
  [ok, %{id: :ok, start: {W, :start_link, [2]}}],
  [W, {W, 2}],
  [ok, %{start: {W, :start_link, [2]}}],
  [%{id: :a}],
  [%{id: :a, start: {W, :start_link}}],
  [%{id: :a, start: {W, :start_link, :x}}],
  [%{id: :a, start: {W, :start_link, []}, restart: :sometimes}],
  [%{id: :a, start: {W, :start_link, []}, shutdown: -5}],
  [%{id: :a, start: {W, :start_link, []}, shutdown: :later}],
  [%{id: :a, start: {W, :start_link, []}, type: :manager}],
  [%{id: :a, start: {W, :start_link, []}, modules: W}],
  [%{id: :a, start: {W, :start_link, []}, modules: [W, "x"]}],
  [%{id: :a, start: {W, :start_link, []}, significant: true}]
]

for children <- specs do
  IO.inspect(Supervisor.start_link(children, strategy: :one_for_one))

  receive do
    {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
  end
end

{:ok, sup} = Supervisor.start_link([ok], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, %{id: :b, start: {W, :start_link, []}, restart: :never}))
IO.inspect(Supervisor.start_child(sup, %{id: :b}))
IO.inspect(Supervisor.start_child(sup, %{id: :b, start: {W, :start_link, [1]}, shutdown: 0}) |> elem(0))
IO.inspect(Supervisor.start_child(sup, {:c, {W, :start_link, [1]}, :permanent, 100, :worker, [W]}) |> elem(0))
IO.inspect(Supervisor.start_child(sup, {:d, {W, :start_link, [1]}, :bad, 100, :worker, [W]}))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
