# An exit travels down a chain of 100 linked processes
defmodule Chain do
  def build(0, parent) do
    send(parent, {:last, self()})
    receive do
      :die -> exit({:chain_end, 100})
    end
  end

  def build(n, parent) do
    spawn_link(fn -> build(n - 1, parent) end)
    receive do
      :never -> :ok
    end
  end

  def run do
    Process.flag(:trap_exit, true)
    parent = self()
    first = spawn_link(fn -> build(99, parent) end)
    last =
      receive do
        {:last, p} -> p
      end
    IO.inspect(first != last)
    send(last, :die)
    receive do
      {:EXIT, ^first, reason} -> IO.inspect({:first_exited, reason})
    end
    IO.inspect(Process.alive?(last))
    IO.inspect(Process.alive?(first))
  end
end

Chain.run()
