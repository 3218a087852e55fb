# A process polling its mailbox with after 0 eventually sees the message
defmodule BusyPoller do
  def poll(parent, n) do
    receive do
      :stop -> send(parent, {:stopped, n >= 0})
    after
      0 -> poll(parent, n + 1)
    end
  end

  def run do
    parent = self()
    p = spawn(fn -> poll(parent, 0) end)
    ref = Process.monitor(p)
    Process.sleep(20)
    send(p, :stop)
    receive do
      {:stopped, ok} -> IO.inspect({:stopped, ok})
    end
    receive do
      {:DOWN, ^ref, :process, ^p, r} -> IO.inspect(r)
    end
  end
end

BusyPoller.run()
