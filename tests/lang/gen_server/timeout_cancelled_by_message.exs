# any message arriving within the timeout cancels it; a timeout of 0 with a message
# already queued handles the message instead of the timeout
defmodule Cancel do
  use GenServer

  def init(_), do: {:ok, []}

  def handle_cast(:arm, log), do: {:noreply, [:armed | log], 80}
  def handle_cast(:arm_zero, log), do: {:noreply, [:armed_zero | log], 0}
  def handle_cast(:poke, log), do: {:noreply, [:poke | log]}

  def handle_info(:timeout, log), do: {:noreply, [:timeout | log]}

  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log}
end

{:ok, pid} = GenServer.start_link(Cancel, nil)
GenServer.cast(pid, :arm)
Process.sleep(10)
GenServer.cast(pid, :poke)
Process.sleep(150)
IO.inspect(GenServer.call(pid, :log))
:sys.suspend(pid)
GenServer.cast(pid, :arm_zero)
GenServer.cast(pid, :poke)
:sys.resume(pid)
IO.inspect(GenServer.call(pid, :log))
GenServer.cast(pid, :arm_zero)
Process.sleep(30)
IO.inspect(GenServer.call(pid, :log))
