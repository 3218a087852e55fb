# send/2 to registered names, replies, and the ArgumentError for unknown names
defmodule SendReg do
  def echo do
    receive do
      {:echo, from, msg} ->
        send(from, {:echoed, msg})
        echo()
      :stop ->
        :ok
    end
  end

  def run do
    pid = spawn(fn -> echo() end)
    true = Process.register(pid, :echo_server)
    r = send(:echo_server, {:echo, self(), :hello})
    IO.inspect(r == {:echo, self(), :hello})
    receive do
      {:echoed, m} -> IO.inspect(m)
    end
    send(:echo_server, {:echo, self(), [1, 2, 3]})
    receive do
      {:echoed, m} -> IO.inspect(m)
    end
    ref = Process.monitor(pid)
    send(:echo_server, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, r2} -> IO.inspect(r2)
    end
    try do
      send(:echo_server, :again)
      IO.puts("no error")
    rescue
      e in ArgumentError -> IO.inspect({:rescued, e.__struct__})
    end
    try do
      send(:never_registered_name, :x)
    rescue
      e -> IO.inspect({:rescued2, e.__struct__})
    end
    IO.puts("done")
  end
end

SendReg.run()
