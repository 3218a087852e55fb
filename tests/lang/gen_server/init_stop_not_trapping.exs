# init returning {:stop, r} with start_link from a caller that does not trap exits:
# the caller is killed by the EXIT signal r; with r = :normal it survives and gets {:error, :normal}
Logger.configure(level: :none)

defmodule St do
  use GenServer
  def init(reason), do: {:stop, reason}
end

defmodule Main do
  def attempt(reason) do
    parent = self()
    {pid, ref} =
      spawn_monitor(fn ->
        result = GenServer.start_link(St, reason)
        Process.sleep(50)
        send(parent, {:survived, result})
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: "caller exit")
    end

    receive do
      {:survived, result} -> IO.inspect(result, label: "caller survived with")
    after
      0 -> IO.puts("caller did not survive")
    end
  end

  def run do
    attempt(:boom)
    attempt({:shutdown, :config})
    attempt(:normal)
  end
end

Main.run()
