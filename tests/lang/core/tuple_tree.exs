# Binary search tree using tuples: {:node, left, key, right} or :leaf
defmodule Tree do
  def insert(:leaf, k), do: {:node, :leaf, k, :leaf}
  def insert({:node, l, key, r}, k) when k < key, do: {:node, insert(l, k), key, r}
  def insert({:node, l, key, r}, k) when k > key, do: {:node, l, key, insert(r, k)}
  def insert(node, _k), do: node

  def to_list(:leaf), do: []
  def to_list({:node, l, k, r}), do: to_list(l) ++ [k] ++ to_list(r)

  def size(:leaf), do: 0
  def size({:node, l, _, r}), do: size(l) + 1 + size(r)

  def height(:leaf), do: 0
  def height({:node, l, _, r}) do
    hl = height(l)
    hr = height(r)
    if hl > hr, do: hl + 1, else: hr + 1
  end

  def member?(:leaf, _), do: false
  def member?({:node, _, k, _}, k), do: true
  def member?({:node, l, key, _}, k) when k < key, do: member?(l, k)
  def member?({:node, _, _, r}, k), do: member?(r, k)

  def from_list(list), do: from_list(list, :leaf)
  defp from_list([], t), do: t
  defp from_list([h | rest], t), do: from_list(rest, insert(t, h))
end

t = Tree.from_list([50, 30, 70, 20, 40, 60, 80, 30, 65])
IO.inspect(Tree.to_list(t))
IO.puts(Tree.size(t))
IO.puts(Tree.height(t))
IO.inspect(Tree.member?(t, 65))
IO.inspect(Tree.member?(t, 66))
IO.inspect(Tree.insert(Tree.insert(:leaf, 2), 1))
