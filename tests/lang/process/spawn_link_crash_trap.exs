# A linked child that raises inside try converts it into a clean exit seen by the trapping parent
defmodule LinkCrashTrap do
  def risky(x) when x > 0, do: 100 / x
  def risky(_), do: raise(ArgumentError, "non-positive")

  def run do
    Process.flag(:trap_exit, true)
    pids =
      for x <- [5, 0, -1, 4] do
        pid = spawn_link(fn ->
          try do
            exit({:value, risky(x)})
          rescue
            e in ArgumentError -> exit({:failed, e.message})
          end
        end)
        {pid, x}
      end
    for {pid, x} <- pids do
      receive do
        {:EXIT, ^pid, r} -> IO.inspect({x, r})
      end
    end
  end
end

LinkCrashTrap.run()
