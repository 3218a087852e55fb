defmodule Loud do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def init(id) do
    Process.flag(:trap_exit, true)
    {:ok, id}
  end

  def terminate(reason, :slow) do
    Process.sleep(2000)
    IO.puts("slow finished #{inspect(reason)}")
  end

  def terminate(reason, id), do: IO.puts("stop #{id} #{inspect(reason)}")
end

defmodule Plain do
  def start_link(id) do
    pid =
      spawn_link(fn ->
        receive do
          _ -> IO.puts("#{id} got a message")
        end
      end)

    {:ok, pid}
  end
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, one} = DynamicSupervisor.start_child(sup, {Loud, :one})
{:ok, slow} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({Loud, :slow}, shutdown: 100))
{:ok, brutal} = DynamicSupervisor.start_child(sup, Supervisor.child_spec({Loud, :brutal}, shutdown: :brutal_kill))
{:ok, plain} = DynamicSupervisor.start_child(sup, %{id: :p, start: {Plain, :start_link, [:plain]}})
refs = Map.new([one: one, slow: slow, brutal: brutal, plain: plain], fn {k, pid} -> {Process.monitor(pid), k} end)
IO.inspect(DynamicSupervisor.stop(sup))

downs =
  for _ <- 1..4 do
    receive do
      {:DOWN, ref, :process, _, reason} -> {refs[ref], reason}
    end
  end

IO.inspect(Enum.sort(downs))
