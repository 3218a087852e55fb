# A ring of 1,000 processes passes a token around 10 times
defmodule Ring do
  def node_loop(next) do
    receive do
      {:token, 0, hops} ->
        send(next, {:done, hops})
      {:token, laps, hops} ->
        send(next, {:token, laps, hops + 1})
        node_loop(next)
      {:done, hops} ->
        send(next, {:done, hops})
    end
  end

  def start(n, parent) do
    spawn(fn ->
      first = self()
      last = Enum.reduce(1..(n - 1), first, fn _, next -> spawn(fn -> node_loop(next) end) end)
      send(parent, {:ready, last})
      head(last, parent)
    end)
  end

  # the head counts laps: each time the token comes back, one lap is done
  def head(next, parent) do
    receive do
      {:start, laps} ->
        send(next, {:token, laps, 1})
        head_loop(next, parent, laps)
    end
  end

  def head_loop(next, parent, laps) do
    receive do
      {:token, _, hops} when laps == 1 ->
        send(next, {:done, hops})
        receive do
          {:done, h} -> send(parent, {:finished, h})
        end
      {:token, l, hops} ->
        send(next, {:token, l, hops + 1})
        head_loop(next, parent, laps - 1)
    end
  end

  def run do
    parent = self()
    h = start(1000, parent)
    receive do
      {:ready, _} -> :ok
    end
    send(h, {:start, 10})
    receive do
      {:finished, hops} -> IO.inspect(hops)
    end
  end
end

Ring.run()
