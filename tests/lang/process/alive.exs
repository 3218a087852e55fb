# Process.alive? for running, waiting, finished and killed processes
defmodule Alive do
  def run do
    IO.inspect(Process.alive?(self()))
    parent = self()
    waiting = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.alive?(waiting))
    {done, ref} = spawn_monitor(fn -> send(parent, :hi) end)
    receive do
      :hi -> :ok
    end
    receive do
      {:DOWN, ^ref, :process, ^done, _} -> :ok
    end
    IO.inspect(Process.alive?(done))
    wref = Process.monitor(waiting)
    Process.exit(waiting, :kill)
    receive do
      {:DOWN, ^wref, :process, ^waiting, :killed} -> :ok
    end
    IO.inspect(Process.alive?(waiting))
    many = for _ <- 1..50, do: spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Enum.all?(many, &Process.alive?/1))
    refs = for p <- many, do: {p, Process.monitor(p)}
    for p <- many, do: send(p, :stop)
    for {p, r} <- refs do
      receive do
        {:DOWN, ^r, :process, ^p, :normal} -> :ok
      end
    end
    IO.inspect(Enum.any?(many, &Process.alive?/1))
  end
end

Alive.run()
