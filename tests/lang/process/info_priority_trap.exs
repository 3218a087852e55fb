# Process.info(pid, :priority) and (:trap_exit) follow Process.flag
defmodule InfoPrio do
  def run do
    IO.inspect(Process.info(self(), :priority))
    IO.inspect(Process.info(self(), :trap_exit))
    Process.flag(:priority, :low)
    Process.flag(:trap_exit, true)
    IO.inspect(Process.info(self(), :priority))
    IO.inspect(Process.info(self(), :trap_exit))
    Process.flag(:priority, :normal)
  end
end

InfoPrio.run()
