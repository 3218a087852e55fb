# Process.info(pid, :message_queue_len)
defmodule QLen do
  def run do
    IO.inspect(Process.info(self(), :message_queue_len))
    for i <- 1..5, do: send(self(), i)
    IO.inspect(Process.info(self(), :message_queue_len))
    receive do
      3 -> :ok
    end
    IO.inspect(Process.info(self(), :message_queue_len))
    parent = self()
    pid = spawn(fn ->
      send(parent, :ready)
      receive do
        :release -> send(parent, :released)
      end
      receive do
        :never -> :ok
      end
    end)
    receive do
      :ready -> :ok
    end
    for i <- 1..7, do: send(pid, {:junk, i})
    IO.inspect(Process.info(pid, :message_queue_len))
    send(pid, :release)
    receive do
      :released -> :ok
    end
    IO.inspect(Process.info(pid, :message_queue_len))
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^dead, _} -> :ok
    end
    IO.inspect(Process.info(dead, :message_queue_len))
  end
end

QLen.run()
