# A tiny hand-written server loop with request/reply using refs
defmodule Counter do
  def start(initial) do
    spawn(fn -> loop(initial) end)
  end

  def loop(state) do
    receive do
      {:call, from, ref, :get} ->
        send(from, {ref, state})
        loop(state)
      {:call, from, ref, {:add, n}} ->
        send(from, {ref, :ok})
        loop(state + n)
      {:cast, :reset} ->
        loop(0)
      {:call, from, ref, :stop} ->
        send(from, {ref, {:stopped, state}})
    end
  end

  def call(pid, req) do
    ref = make_ref()
    send(pid, {:call, self(), ref, req})
    receive do
      {^ref, reply} -> reply
    end
  end

  def run do
    c = start(10)
    IO.inspect(call(c, :get))
    IO.inspect(call(c, {:add, 5}))
    IO.inspect(call(c, {:add, -2}))
    IO.inspect(call(c, :get))
    send(c, {:cast, :reset})
    IO.inspect(call(c, :get))
    Enum.each(1..100, fn i -> call(c, {:add, i}) end)
    IO.inspect(call(c, :get))
    ref = Process.monitor(c)
    IO.inspect(call(c, :stop))
    receive do
      {:DOWN, ^ref, :process, ^c, r} -> IO.inspect(r)
    end
  end
end

Counter.run()
