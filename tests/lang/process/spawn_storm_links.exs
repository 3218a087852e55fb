# 5,000 linked children exiting normally do not disturb a trapping parent; all EXITs arrive
defmodule StormLinks do
  def run do
    Process.flag(:trap_exit, true)
    {:links, base} = Process.info(self(), :links)
    n = 5000
    for i <- 1..n, do: spawn_link(fn -> if rem(i, 2) == 0, do: exit({:even, i}), else: :ok end)
    {normal, even} =
      Enum.reduce(1..n, {0, 0}, fn _, {a, b} ->
        receive do
          {:EXIT, _, :normal} -> {a + 1, b}
          {:EXIT, _, {:even, _}} -> {a, b + 1}
        end
      end)
    IO.inspect({normal, even})
    {:links, l} = Process.info(self(), :links)
    IO.inspect(length(l) - length(base))
  end
end

StormLinks.run()
