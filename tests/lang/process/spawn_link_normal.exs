# A linked child exiting normally does not kill a non-trapping parent;
# a trapping parent receives {:EXIT, pid, :normal}
defmodule LinkNormal do
  def run do
    parent = self()
    {waiter, ref} =
      spawn_monitor(fn ->
        p = spawn_link(fn -> send(parent, :child_done) end)
        receive do
          :continue -> send(parent, {:still_alive, is_pid(p)})
        end
      end)
    receive do
      :child_done -> :ok
    end
    send(waiter, :continue)
    receive do
      {:still_alive, b} -> IO.inspect({:still_alive, b})
    end
    receive do
      {:DOWN, ^ref, :process, ^waiter, r} -> IO.inspect(r)
    end
    IO.inspect(Process.flag(:trap_exit, true))
    c = spawn_link(fn -> :done end)
    receive do
      {:EXIT, ^c, r} -> IO.inspect({:exit, r})
    end
    c2 = spawn_link(fn -> exit(:normal) end)
    receive do
      {:EXIT, ^c2, r} -> IO.inspect({:exit2, r})
    end
  end
end

LinkNormal.run()
