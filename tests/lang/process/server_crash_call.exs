# A call that monitors the server sees the server's exit reason when it dies mid-call
defmodule CrashCall do
  def loop do
    receive do
      {:req, from, ref, {:div, a, b}} when b != 0 ->
        send(from, {ref, {:ok, div(a, b)}})
        loop()
      {:req, _from, _ref, {:div, a, 0}} ->
        exit({:bad_request, {:div, a, 0}})
    end
  end

  def call(pid, req) do
    mref = Process.monitor(pid)
    send(pid, {:req, self(), mref, req})
    receive do
      {^mref, reply} ->
        Process.demonitor(mref, [:flush])
        reply
      {:DOWN, ^mref, :process, ^pid, reason} ->
        {:server_died, reason}
    after
      200 -> :timeout
    end
  end

  def run do
    s = spawn(fn -> loop() end)
    IO.inspect(call(s, {:div, 10, 3}))
    IO.inspect(call(s, {:div, 100, 7}))
    IO.inspect(call(s, {:div, 1, 0}))
    IO.inspect(call(s, {:div, 4, 2}))
    IO.inspect(Process.info(self(), :message_queue_len))
  end
end

CrashCall.run()
