# After Process.unlink, an abnormal exit no longer propagates
defmodule Unlink do
  def run do
    parent = self()
    {mid, ref} =
      spawn_monitor(fn ->
        child = spawn_link(fn -> receive do :die -> exit(:boom) end end)
        true = Process.unlink(child)
        send(parent, {:child, child})
        receive do
          :ping -> send(parent, :middle_alive)
        end
      end)
    child = receive do {:child, c} -> c end
    cref = Process.monitor(child)
    send(child, :die)
    receive do
      {:DOWN, ^cref, :process, ^child, r} -> IO.inspect({:child, r})
    end
    send(mid, :ping)
    receive do
      :middle_alive -> IO.puts("middle survived")
    end
    receive do
      {:DOWN, ^ref, :process, ^mid, r} -> IO.inspect({:middle, r})
    end
    IO.inspect(Process.unlink(child))
    {m2, ref2} =
      spawn_monitor(fn ->
        c = spawn_link(fn ->
          receive do :unlink_and_die -> Process.unlink(parent_of()) ; exit(:x) end
        end)
        Process.put(:c, c)
        send(parent, {:c2, c})
        receive do
          :ping -> send(parent, :m2_alive)
        end
      end)
    c2 = receive do {:c2, c} -> c end
    c2ref = Process.monitor(c2)
    send(c2, {:tell_parent, m2})
    send(c2, :unlink_and_die)
    receive do
      {:DOWN, ^c2ref, :process, ^c2, r} -> IO.inspect({:c2, r})
    end
    send(m2, :ping)
    receive do
      :m2_alive -> IO.puts("unlinked from the other side")
    end
    receive do
      {:DOWN, ^ref2, :process, ^m2, r} -> IO.inspect({:m2, r})
    end
  end

  def parent_of do
    receive do
      {:tell_parent, p} -> p
    end
  end
end

Unlink.run()
