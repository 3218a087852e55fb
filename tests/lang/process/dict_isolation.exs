# Each process has its own dictionary; a child starts empty
defmodule DictIso do
  def run do
    parent = self()
    Process.put(:shared?, :parent_value)
    spawn(fn ->
      before = Process.get(:shared?)
      Process.put(:shared?, :child_value)
      send(parent, {:child, before, Process.get(:shared?), Process.get_keys()})
    end)
    receive do
      {:child, before, now, keys} -> IO.inspect({before, now, keys})
    end
    IO.inspect(Process.get(:shared?))
    counter = fn -> Process.put(:count, (Process.get(:count) || 0) + 1) end
    pids = for i <- 1..5 do
      spawn(fn ->
        for _ <- 1..i, do: counter.()
        send(parent, {:count, i, Process.get(:count)})
      end)
    end
    results = for _ <- pids, do: (receive do {:count, i, c} -> {i, c} end)
    IO.inspect(Enum.sort(results))
    IO.inspect(Process.get(:count))
  end
end

DictIso.run()
