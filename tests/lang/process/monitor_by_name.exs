# Monitoring a registered name: the :DOWN message names the process as {name, node}
defmodule MonName do
  def run do
    p = spawn(fn -> receive do :stop -> exit(:named_exit) end end)
    Process.register(p, :watched)
    ref = Process.monitor(:watched)
    send(:watched, :stop)
    receive do
      {:DOWN, ^ref, :process, who, reason} -> IO.inspect({who, reason})
    end
  end
end

MonName.run()
