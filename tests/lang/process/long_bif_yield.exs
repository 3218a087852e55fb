# gcstress: skip
# Built-ins that walk a long list yield part-way, so a process that just
# became runnable gets to run before the walk ends: its message arrives
# before the one the walker sends itself afterwards.
defmodule LongBif do
  def race(label, work) do
    # start with a fresh time slice
    Process.sleep(1)
    me = self()
    spawn(fn -> send(me, :other_ran) end)
    result = work.()
    send(self(), :walk_done)

    first =
      receive do
        m when m in [:other_ran, :walk_done] -> m
      end

    receive do
      m when m in [:other_ran, :walk_done] -> :ok
    end

    IO.puts("#{label}: #{inspect(result)} first=#{first}")
  end
end

big = Enum.to_list(1..2_000_000)
pairs = Enum.map(1..400_000, &{&1, rem(&1, 7)})

LongBif.race("length", fn -> length(big) end)
LongBif.race("reverse/1", fn -> hd(:lists.reverse(big)) end)
LongBif.race("reverse/2", fn -> length(:lists.reverse(big, [0])) end)
LongBif.race("Enum.reverse", fn -> hd(Enum.reverse(big)) end)
LongBif.race("++", fn -> hd(big ++ [:end]) end)
LongBif.race("member", fn -> :lists.member(:absent, big) end)
LongBif.race("in", fn -> 2_000_000 in big end)
LongBif.race("keyfind", fn -> List.keyfind(pairs, 399_999, 0) end)
