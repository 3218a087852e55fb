# Process.monitor and {:DOWN, ref, :process, pid, reason}
defmodule MonDown do
  def run do
    parent = self()
    pid = spawn(fn ->
      receive do
        {:stop, reason} -> exit(reason)
      end
    end)
    ref = Process.monitor(pid)
    IO.inspect(is_reference(ref))
    send(pid, {:stop, :finished})
    receive do
      {:DOWN, r, type, p, reason} ->
        IO.inspect({r == ref, type, p == pid, reason})
    end
    pid2 = spawn(fn -> receive do :go -> send(parent, :went) end end)
    ref2 = Process.monitor(pid2)
    send(pid2, :go)
    receive do
      :went -> :ok
    end
    receive do
      {:DOWN, ^ref2, :process, ^pid2, reason} -> IO.inspect({:normal_exit, reason})
    end
    pid3 = spawn(fn -> receive do :never -> :ok end end)
    ref3 = Process.monitor(pid3)
    Process.exit(pid3, :shutdown)
    receive do
      {:DOWN, ^ref3, :process, ^pid3, reason} -> IO.inspect({:shutdown, reason})
    end
    receive do
      m -> IO.inspect({:unexpected, m})
    after
      0 -> IO.puts("no extra messages")
    end
  end
end

MonDown.run()
