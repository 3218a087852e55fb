# a task exceeding :timeout with the default on_timeout: :exit makes the caller exit
# {:timeout, {Task.Supervised, :stream, [timeout]}}
Logger.configure(level: :none)

defmodule Main do
  def run do
    parent = self()
    {pid, ref} =
      spawn_monitor(fn ->
        r = Task.async_stream([10, 500], fn d -> Process.sleep(d); d end, timeout: 150)
        |> Enum.to_list()
        send(parent, {:done, r})
      end)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "caller exit")
    end
    try do
      Task.async_stream([500], fn d -> Process.sleep(d) end, timeout: 30) |> Stream.run()
    catch
      :exit, reason -> IO.inspect(reason, label: "caught")
    end
  end
end

Main.run()
