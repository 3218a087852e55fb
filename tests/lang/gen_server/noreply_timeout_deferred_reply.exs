# handle_call may return {:noreply, s, timeout} and reply later from handle_info(:timeout, s)
defmodule Debounce do
  use GenServer

  def init(_), do: {:ok, nil}

  def handle_call(:get_later, from, _s), do: {:noreply, from, 20}

  def handle_info(:timeout, from) do
    GenServer.reply(from, :answered_on_timeout)
    {:noreply, nil}
  end
end

{:ok, pid} = GenServer.start_link(Debounce, nil)
IO.inspect(GenServer.call(pid, :get_later))
IO.inspect(GenServer.call(pid, :get_later, 1000))
