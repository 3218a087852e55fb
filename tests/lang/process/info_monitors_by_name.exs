# Process.info(self(), :monitors) for a monitor set up through a registered name
defmodule InfoMonName do
  def run do
    p = spawn(fn -> receive do :stop -> :ok end end)
    Process.register(p, :watched_name)
    Process.monitor(:watched_name)
    IO.inspect(Process.info(self(), :monitors))
    send(p, :stop)
  end
end

InfoMonName.run()
