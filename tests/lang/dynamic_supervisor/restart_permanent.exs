# a crashed permanent child is restarted with the same start arguments (new pid)
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link({parent, tag}), do: GenServer.start_link(__MODULE__, {parent, tag})
  def init({parent, tag}) do
    send(parent, {:started, tag, self()})
    {:ok, tag}
  end
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, first} = DynamicSupervisor.start_child(sup, {W, {self(), :job}})
receive do {:started, :job, ^first} -> :ok end
Process.exit(first, :kill)
receive do
  {:started, tag, second} ->
    IO.inspect({tag, second != first})
    Process.sleep(50)
    [{:undefined, pid, :worker, [W]}] = DynamicSupervisor.which_children(sup)
    IO.inspect(pid == second)
end
IO.inspect(DynamicSupervisor.count_children(sup))
