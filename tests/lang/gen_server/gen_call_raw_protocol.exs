# the wire protocol: GenServer.call sends {:"$gen_call", {caller_pid, tag}, req} and accepts
# {tag, reply}; a raw {:"$gen_call", {self(), ref}, req} sent to a GenServer gets {ref, reply}
defmodule Echo do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(req, _from, s), do: {:reply, {:echo, req}, s}
end

defmodule Main do
  def raw_server do
    receive do
      {:"$gen_call", {from, tag}, req} ->
        send(from, {tag, {:raw_reply, req, is_pid(from)}})
        raw_server()
    end
  end

  def run do
    raw = spawn(fn -> raw_server() end)
    IO.inspect(GenServer.call(raw, :hello))
    IO.inspect(GenServer.call(raw, {:second, 2}, 1000))

    {:ok, pid} = GenServer.start_link(Echo, nil)
    ref = make_ref()
    send(pid, {:"$gen_call", {self(), ref}, :by_hand})
    receive do
      {^ref, reply} -> IO.inspect(reply, label: "raw reply")
    after
      1000 -> IO.puts("no reply")
    end
  end
end

Main.run()
