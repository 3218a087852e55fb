# Links are bidirectional: whichever side dies abnormally takes the other with it
defmodule LinkBi do
  def run do
    parent = self()
    # the child dies, the parent (a middle process) dies
    {a, aref} = spawn_monitor(fn ->
      spawn_link(fn -> exit(:child_failed) end)
      receive do :never -> :ok end
    end)
    receive do
      {:DOWN, ^aref, :process, ^a, r} -> IO.inspect({:parent_died_of, r})
    end
    # the parent dies, the child dies
    {b, bref} = spawn_monitor(fn ->
      c = spawn_link(fn -> receive do :never -> :ok end end)
      send(parent, {:c, c})
      receive do :die -> exit(:parent_failed) end
    end)
    c = receive do {:c, c} -> c end
    cref = Process.monitor(c)
    send(b, :die)
    receive do
      {:DOWN, ^cref, :process, ^c, r} -> IO.inspect({:child_died_of, r})
    end
    receive do
      {:DOWN, ^bref, :process, ^b, r} -> IO.inspect({:parent_reason, r})
    end
    # Process.link from the child side
    {d, dref} = spawn_monitor(fn ->
      receive do :never -> :ok end
    end)
    {e, eref} = spawn_monitor(fn ->
      Process.link(d)
      send(parent, :linked)
      receive do :die -> exit(:e_failed) end
    end)
    receive do :linked -> :ok end
    send(e, :die)
    receive do
      {:DOWN, ^dref, :process, ^d, r} -> IO.inspect({:d, r})
    end
    receive do
      {:DOWN, ^eref, :process, ^e, r} -> IO.inspect({:e, r})
    end
  end
end

LinkBi.run()
