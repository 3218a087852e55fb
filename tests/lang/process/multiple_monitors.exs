# Several monitors on one process each produce their own :DOWN; many watchers of one process
defmodule MultiMon do
  def run do
    parent = self()
    target = spawn(fn -> receive do :die -> exit(:multi) end end)
    refs = for _ <- 1..3, do: Process.monitor(target)
    IO.inspect(length(Enum.uniq(refs)))
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(length(ms))
    watchers =
      for i <- 1..5 do
        spawn(fn ->
          ref = Process.monitor(target)
          send(parent, {:watching, i})
          receive do
            {:DOWN, ^ref, :process, ^target, r} -> send(parent, {:watcher, i, r})
          end
        end)
      end
    for _ <- watchers, do: (receive do {:watching, _} -> :ok end)
    send(target, :die)
    got = for r <- refs, do: (receive do {:DOWN, ^r, :process, ^target, reason} -> reason end)
    IO.inspect(got)
    ws = for _ <- watchers, do: (receive do {:watcher, i, r} -> {i, r} end)
    IO.inspect(Enum.sort(ws))
  end
end

MultiMon.run()
