# a fun raising inside get/update runs in the agent and crashes it; the caller exits
# with {{exception, stack}, {GenServer, :call, ...}}
Logger.configure(level: :none)

defmodule Main do
  def run do
    {:ok, agent} = Agent.start(fn -> %{} end, name: :fragile)
    ref = Process.monitor(agent)
    try do
      Agent.get(:fragile, fn s -> Map.fetch!(s, :missing) end)
    catch
      :exit, {{reason, stack}, {GenServer, :call, [:fragile, {:get, _}, 5000]}} ->
        IO.inspect({reason, is_list(stack)})
    end
    receive do
      {:DOWN, ^ref, :process, ^agent, {reason, _}} -> IO.inspect(reason, label: "agent exit")
    end
    {:ok, _} = Agent.start(fn -> 0 end, name: :fragile)
    try do
      Agent.update(:fragile, fn _ -> raise "update failed" end)
    catch
      :exit, {{e, _}, {GenServer, :call, _}} -> IO.inspect(e)
    end
    IO.inspect(Process.whereis(:fragile))
  end
end

Main.run()
