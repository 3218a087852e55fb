# Linking to a dead process while trapping exits yields {:EXIT, pid, :noproc}
defmodule LinkDead do
  def run do
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^dead, :normal} -> :ok
    end
    Process.flag(:trap_exit, true)
    IO.inspect(Process.link(dead))
    receive do
      {:EXIT, ^dead, r} -> IO.inspect({:exit, r})
    after
      200 -> IO.puts("no exit message")
    end
    {:links, links} = Process.info(self(), :links)
    IO.inspect(dead in links)
  end
end

LinkDead.run()
