# The script ends when main finishes, even with long timers and sleeping processes pending
defmodule Pending do
  def run do
    Process.send_after(self(), :far_future, 60_000)
    spawn(fn -> Process.sleep(60_000) end)
    spawn(fn -> receive do :never -> :ok end end)
    spawn(fn -> receive do :never -> :ok after 60_000 -> :ok end end)
    IO.puts("main done")
  end
end

Pending.run()
