# handle_call returning {:noreply, s, {:continue, x}}: the continue runs next and may reply
defmodule Later do
  use GenServer

  def init(_), do: {:ok, %{from: nil, n: 0}}

  def handle_call(:work, from, s), do: {:noreply, %{s | from: from}, {:continue, :do_work}}

  def handle_continue(:do_work, %{from: from, n: n} = s) do
    GenServer.reply(from, {:worked, n + 1})
    {:noreply, %{s | from: nil, n: n + 1}}
  end
end

{:ok, pid} = GenServer.start_link(Later, nil)
IO.inspect(GenServer.call(pid, :work))
IO.inspect(GenServer.call(pid, :work))
IO.inspect(:sys.get_state(pid))
