# GenServer.reply/2 returns :ok even when the caller is gone; the server keeps running
defmodule Holder do
  use GenServer

  def init(_), do: {:ok, nil}

  def handle_call(:hold, from, _s), do: {:noreply, from}
  def handle_call(:release, _from, held), do: {:reply, GenServer.reply(held, :too_late), nil}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start_link(Holder, nil)
    {caller, ref} = spawn_monitor(fn -> GenServer.call(pid, :hold, 20) end)
    receive do
      {:DOWN, ^ref, :process, ^caller, {reason, _}} -> IO.inspect(reason, label: "caller exit")
    end
    IO.inspect(GenServer.call(pid, :release))
    IO.inspect(Process.alive?(pid))
  end
end

Logger.configure(level: :none)
Main.run()
