# Process.info(pid, :registered_name)
defmodule InfoReg do
  def run do
    pid = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.info(pid, :registered_name))
    Process.register(pid, :named_one)
    IO.inspect(Process.info(pid, :registered_name))
    Process.register(self(), :the_main)
    IO.inspect(Process.info(self(), :registered_name))
    Process.unregister(:named_one)
    IO.inspect(Process.info(pid, :registered_name))
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end
    IO.inspect(Process.info(pid, :registered_name))
  end
end

InfoReg.run()
