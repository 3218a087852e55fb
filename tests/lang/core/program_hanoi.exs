# Towers of Hanoi: print moves for 3 disks, count moves for 16
# gcstress: skip (a large live list of moves makes every-allocation collection quadratic)
defmodule Hanoi do
  def moves(0, _from, _to, _via), do: []
  def moves(n, from, to, via) do
    moves(n - 1, from, via, to) ++ [{from, to}] ++ moves(n - 1, via, to, from)
  end

  def count(0), do: 0
  def count(n), do: 2 * count(n - 1) + 1

  def print([]), do: :ok
  def print([{f, t} | rest]) do
    IO.puts("move #{f} -> #{t}")
    print(rest)
  end
end

Hanoi.print(Hanoi.moves(3, :a, :c, :b))
IO.puts(length(Hanoi.moves(16, 1, 3, 2)))
IO.puts(Hanoi.count(40))
