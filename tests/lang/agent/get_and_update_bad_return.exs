# a get_and_update fun not returning a 2-tuple stops the agent with {:bad_return_value, v}
Logger.configure(level: :none)

defmodule Main do
  def run do
    {:ok, agent} = Agent.start(fn -> 1 end)
    ref = Process.monitor(agent)
    try do
      Agent.get_and_update(agent, fn n -> n + 1 end)
    catch
      :exit, {reason, {GenServer, :call, [pid, {:get_and_update, _fun}, 5000]}} ->
        IO.inspect({reason, pid == agent})
    end
    receive do
      {:DOWN, ^ref, :process, ^agent, reason} -> IO.inspect(reason, label: "agent exit")
    end
    {:ok, a2} = Agent.start(fn -> 1 end)
    try do
      Agent.get_and_update(a2, fn n -> {n, n, n} end)
    catch
      :exit, {reason, _} -> IO.inspect(reason)
    end
  end
end

Main.run()
