# A binary tree of 2,047 processes: each node spawns two children and sums their replies
defmodule Tree do
  def node_proc(parent, 0, id) do
    send(parent, {:sum, self(), id})
  end

  def node_proc(parent, depth, id) do
    me = self()
    l = spawn(fn -> node_proc(me, depth - 1, 2 * id) end)
    r = spawn(fn -> node_proc(me, depth - 1, 2 * id + 1) end)
    a = receive do {:sum, ^l, s} -> s end
    b = receive do {:sum, ^r, s} -> s end
    send(parent, {:sum, self(), a + b + id})
  end

  def run do
    me = self()
    root = spawn(fn -> node_proc(me, 10, 1) end)
    receive do
      {:sum, ^root, s} -> IO.inspect(s)
    end
    IO.inspect(Enum.sum(1..2047))
  end
end

Tree.run()
