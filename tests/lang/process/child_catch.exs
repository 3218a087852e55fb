# throw and exit caught inside a child; try/after runs before the child exits
defmodule ChildCatch do
  def run do
    parent = self()
    spawn(fn ->
      r =
        try do
          throw({:thrown, 1})
        catch
          :throw, v -> {:caught_throw, v}
        end
      send(parent, r)
    end)
    receive do
      {:caught_throw, v} -> IO.inspect(v)
    end
    spawn(fn ->
      r =
        try do
          exit(:inner_exit)
        catch
          :exit, reason -> {:caught_exit, reason}
        end
      send(parent, r)
    end)
    receive do
      {:caught_exit, v} -> IO.inspect(v)
    end
    {pid, ref} =
      spawn_monitor(fn ->
        try do
          exit({:leaving, 2})
        after
          send(parent, :after_ran)
        end
      end)
    receive do
      :after_ran -> IO.puts("after ran")
    end
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
    spawn(fn ->
      r =
        try do
          :erlang.error(:raw_error)
        catch
          kind, reason -> {kind, reason}
        end
      send(parent, {:raw, r})
    end)
    receive do
      {:raw, r} -> IO.inspect(r)
    end
    spawn(fn ->
      r = catch_all(fn -> throw(:x) end) ++ catch_all(fn -> exit(:y) end) ++ catch_all(fn -> :z end)
      send(parent, {:all, r})
    end)
    receive do
      {:all, r} -> IO.inspect(r)
    end
  end

  def catch_all(f) do
    try do
      [{:value, f.()}]
    catch
      k, v -> [{k, v}]
    end
  end
end

ChildCatch.run()
