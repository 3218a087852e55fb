# Task.Supervisor.async_nolink: not linked to the caller; the reply comes as {ref, r} then :DOWN
defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link(name: :tsup)
    t = Task.Supervisor.async_nolink(:tsup, fn -> receive do :go -> {:answer, 42} end end)
    {:links, links} = Process.info(self(), :links)
    IO.inspect(t.pid in links)
    {:links, sup_links} = Process.info(sup, :links)
    IO.inspect(t.pid in sup_links)
    send(t.pid, :go)
    ref = t.ref
    receive do
      {^ref, r} -> IO.inspect(r, label: "reply")
    end
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "DOWN")
    end
    t2 = Task.Supervisor.async_nolink(sup, fn -> :awaitable end)
    IO.inspect(Task.await(t2))
  end
end

Main.run()
