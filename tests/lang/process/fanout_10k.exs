# 10,000 processes fan out and fan back in
defmodule Fan do
  def run do
    parent = self()
    n = 10_000
    pids = for i <- 1..n, do: spawn(fn -> send(parent, {:result, i, i * i}) end)
    IO.inspect(length(pids))
    IO.inspect(length(Enum.uniq(pids)))
    {count, sum} =
      Enum.reduce(1..n, {0, 0}, fn _, {c, s} ->
        receive do
          {:result, _i, sq} -> {c + 1, s + sq}
        end
      end)
    IO.inspect({count, sum})
    IO.inspect(div(n * (n + 1) * (2 * n + 1), 6) == sum)
  end
end

Fan.run()
