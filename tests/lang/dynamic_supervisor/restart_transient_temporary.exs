# transient children restart only after abnormal exits; temporary children never restart
# and are removed from the children
Logger.configure(level: :none)

defmodule W do
  use GenServer
  def start_link({parent, tag}), do: GenServer.start_link(__MODULE__, {parent, tag})
  def init({parent, tag}) do
    send(parent, {:started, tag})
    {:ok, tag}
  end
  def handle_cast({:stop, r}, s), do: {:stop, r, s}
end

defmodule Main do
  def started?(tag) do
    receive do
      {:started, ^tag} -> true
    after
      200 -> false
    end
  end

  def run do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
    for {tag, restart, reason} <- [{:tr1, :transient, :normal}, {:tr2, :transient, :crash},
                                    {:tmp, :temporary, :crash}] do
      spec = Supervisor.child_spec({W, {self(), tag}}, restart: restart)
      {:ok, pid} = DynamicSupervisor.start_child(sup, spec)
      true = started?(tag)
      GenServer.cast(pid, {:stop, reason})
      IO.inspect({tag, restart, reason, :restarted, started?(tag)})
    end
    IO.inspect(DynamicSupervisor.count_children(sup))
  end
end

Main.run()
