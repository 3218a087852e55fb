# terminate_child(sup, pid): :ok, then {:error, :not_found}; the child is not restarted
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule Main do
  def run do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
    {:ok, pid} = DynamicSupervisor.start_child(sup, {W, 1})
    ref = Process.monitor(pid)
    IO.inspect(DynamicSupervisor.terminate_child(sup, pid))
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "child exit")
    end
    IO.inspect(DynamicSupervisor.terminate_child(sup, pid))
    IO.inspect(DynamicSupervisor.which_children(sup))
    IO.inspect(DynamicSupervisor.terminate_child(sup, self()))
  end
end

Main.run()
