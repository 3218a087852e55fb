# A reply tagged with a fresh reference is found after 1,000 older queued
# messages, repeatedly; the older messages stay queued, in order.
defmodule Echo do
  def loop do
    receive do
      {from, ref, msg} ->
        send(from, {ref, msg})
        loop()
    end
  end

  def call(server, msg) do
    ref = make_ref()
    send(server, {self(), ref, msg})

    receive do
      {^ref, reply} -> reply
    end
  end

  def run do
    for i <- 1..1000, do: send(self(), {:noise, i})
    server = spawn(fn -> loop() end)
    replies = for i <- 1..200, do: call(server, i)
    IO.inspect(Enum.sum(replies))
    {:messages, msgs} = {:messages, drain([])}
    IO.inspect({length(msgs), hd(msgs), List.last(msgs)})
  end

  defp drain(acc) do
    receive do
      m -> drain([m | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

Echo.run()
