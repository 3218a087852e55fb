# make_ref/0: unique, comparable, preserved through message copies
defmodule Refs do
  def run do
    refs = for _ <- 1..1000, do: make_ref()
    IO.inspect(length(Enum.uniq(refs)))
    IO.inspect(Enum.all?(refs, &is_reference/1))
    [a, b | _] = refs
    IO.inspect(a == a)
    IO.inspect(a == b)
    IO.inspect(a < b or a > b)
    parent = self()
    pid = spawn(fn ->
      receive do
        {:ref, r} -> send(parent, {:back, r})
      end
    end)
    send(pid, {:ref, a})
    receive do
      {:back, r} -> IO.inspect({r == a, r === a, r == b})
    end
    m = %{a => 1, b => 2}
    IO.inspect({m[a], m[b], map_size(m)})
    child_refs = spawn(fn -> send(parent, {:refs, for(_ <- 1..100, do: make_ref())}) end)
    receive do
      {:refs, rs} -> IO.inspect({is_pid(child_refs), length(Enum.uniq(rs ++ refs))})
    end
  end
end

Refs.run()
