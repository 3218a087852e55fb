# A pipeline of processes: each stage transforms and forwards to the next pid
defmodule Pipeline do
  def stage(f, next) do
    receive do
      {:item, x} -> send(next, {:item, f.(x)}); stage(f, next)
      :eof -> send(next, :eof)
    end
  end

  def sink(parent, acc) do
    receive do
      {:item, x} -> sink(parent, [x | acc])
      :eof -> send(parent, {:result, Enum.reverse(acc)})
    end
  end

  def run do
    parent = self()
    s = spawn(fn -> sink(parent, []) end)
    funs = [&(&1 * 2), &(&1 + 1), &Integer.to_string/1, &(&1 <> "!")]
    first = Enum.reduce(Enum.reverse(funs), s, fn f, next -> spawn(fn -> stage(f, next) end) end)
    for i <- 1..10, do: send(first, {:item, i})
    send(first, :eof)
    receive do
      {:result, r} -> IO.inspect(r)
    end
  end
end

Pipeline.run()
