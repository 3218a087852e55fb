# Exit reasons of various shapes observed as {:EXIT, pid, reason} by a trapping parent
defmodule ExitShapes do
  def run do
    Process.flag(:trap_exit, true)
    reasons = [:shutdown, {:shutdown, :x}, {:shutdown, %{a: 1}}, :some_atom, {1, 2, 3},
               [:list, :reason], "binary", 3.5, {:nested, {:deep, [{:x, 1}]}}]
    pids = for r <- reasons, do: {spawn_link(fn -> exit(r) end), r}
    for {p, r} <- pids do
      receive do
        {:EXIT, ^p, got} -> IO.inspect({got, got === r})
      end
    end
    pids2 = for r <- reasons, do: {spawn_link(fn -> receive do :never -> :ok end end), r}
    for {p, r} <- pids2, do: Process.exit(p, r)
    for {p, r} <- pids2 do
      receive do
        {:EXIT, ^p, got} -> IO.inspect({:external, got === r})
      end
    end
  end
end

ExitShapes.run()
