# A call to a server that never replies times out; a late reply is flushed by ref
defmodule CallTimeout do
  def slow_server do
    receive do
      {:req, from, ref, :ignore} ->
        send(self(), {:late_reply_to, from, ref})
        slow_server()
      {:req, from, ref, :answer} ->
        send(from, {ref, :answered})
        slow_server()
      {:late_reply_to, _, _} = m ->
        receive do
          :release -> :ok
        end
        {:late_reply_to, from, ref} = m
        send(from, {ref, :too_late})
        slow_server()
    end
  end

  def call(pid, req, timeout) do
    ref = make_ref()
    send(pid, {:req, self(), ref, req})
    receive do
      {^ref, reply} -> {:reply, reply}
    after
      timeout -> {:timeout, ref}
    end
  end

  def run do
    s = spawn(fn -> slow_server() end)
    {:timeout, ref} = call(s, :ignore, 50)
    IO.puts("timed out")
    send(s, :release)
    IO.inspect(call(s, :answer, :infinity))
    receive do
      {^ref, late} -> IO.inspect({:flushed_late, late})
    end
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

CallTimeout.run()
