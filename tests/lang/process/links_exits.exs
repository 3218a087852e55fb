# Exit signals: :normal ignored, abnormal kills linked processes, :kill is
# untrappable and seen as :killed, trap_exit turns signals into messages.
defmodule Links do
  def run do
    parent = self()
    Process.flag(:trap_exit, true)

    a = spawn_link(fn -> :ok end)
    receive do {:EXIT, ^a, r} -> IO.inspect({:normal_exit, r}) end

    victim = spawn(fn -> receive do _ -> :ok end end)
    ref = Process.monitor(victim)
    Process.exit(victim, :kill)
    receive do {:DOWN, ^ref, :process, _, r} -> IO.inspect({:killed, r}) end

    chain =
      spawn(fn ->
        inner = spawn_link(fn -> receive do _ -> :ok end end)
        send(parent, {:inner, inner})
        receive do _ -> :ok end
      end)

    inner = receive do {:inner, p} -> p end
    m = Process.monitor(inner)
    Process.exit(chain, :boom)
    receive do {:DOWN, ^m, :process, ^inner, r} -> IO.inspect({:chain, r}) end

    trapper =
      spawn(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :ready)
        receive do {:EXIT, from, r} -> send(parent, {:trapped, from == parent, r}) end
      end)

    receive do :ready -> :ok end
    Process.exit(trapper, :please)
    receive do m2 -> IO.inspect(m2) end

    untrappable =
      spawn(fn ->
        Process.flag(:trap_exit, true)
        send(parent, :ready)
        receive do _ -> :ok end
      end)

    receive do :ready -> :ok end
    m3 = Process.monitor(untrappable)
    Process.exit(untrappable, :kill)
    receive do {:DOWN, ^m3, _, _, r} -> IO.inspect({:untrappable, r}) end

    gone = spawn(fn -> :ok end)
    Process.sleep(10)
    m4 = Process.monitor(gone)
    receive do {:DOWN, ^m4, :process, _, r} -> IO.inspect({:noproc, r}) end
  end
end

Links.run()
