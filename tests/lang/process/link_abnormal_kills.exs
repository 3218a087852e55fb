# An abnormal exit kills a linked, non-trapping process with the same reason
defmodule LinkKill do
  def run do
    parent = self()
    {mid, ref} =
      spawn_monitor(fn ->
        child = spawn_link(fn ->
          receive do
            :die -> exit(:boom)
          end
        end)
        send(parent, {:child, child})
        receive do
          :never -> :ok
        end
      end)
    child =
      receive do
        {:child, c} -> c
      end
    cref = Process.monitor(child)
    send(child, :die)
    receive do
      {:DOWN, ^cref, :process, ^child, r} -> IO.inspect({:child_down, r})
    end
    receive do
      {:DOWN, ^ref, :process, ^mid, r} -> IO.inspect({:middle_down, r})
    end
    IO.inspect({Process.alive?(mid), Process.alive?(child)})
    {mid2, ref2} =
      spawn_monitor(fn ->
        spawn_link(fn -> exit({:shutdown, :custom}) end)
        receive do
          :never -> :ok
        end
      end)
    receive do
      {:DOWN, ^ref2, :process, ^mid2, r} -> IO.inspect({:shutdown_propagates, r})
    end
  end
end

LinkKill.run()
