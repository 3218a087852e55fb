# A process that receives many messages but allocates nothing itself
# must not keep them all: what it has received is reclaimed as it goes
# (300,000 messages held would be over 20 MB).  Real Elixir keeps more
# here, about 4 MB, since its heap grows to take the queue in.
# expect-stdout: bounded: true
defmodule Sink do
  def loop(0, parent), do: send(parent, {:memory, Process.info(self(), :memory)})

  def loop(n, parent) do
    receive do
      {:m, _} -> loop(n - 1, parent)
    end
  end
end

defmodule Source do
  def send_all(_to, 0), do: :ok

  def send_all(to, n) do
    send(to, {:m, n})
    send_all(to, n - 1)
  end
end

parent = self()
n = 300_000
sink = spawn(fn -> Sink.loop(n, parent) end)
Source.send_all(sink, n)

receive do
  {:memory, {:memory, bytes}} -> IO.puts("bounded: #{bytes < 100_000}")
end
