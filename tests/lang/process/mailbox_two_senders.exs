# Messages from one sender arrive in the order sent, even when two senders interleave
defmodule TwoSenders do
  def collect(0, acc), do: acc
  def collect(n, acc) do
    receive do
      {tag, i} -> collect(n - 1, Map.update(acc, tag, [i], &[i | &1]))
    end
  end

  def run do
    parent = self()
    for tag <- [:a, :b, :c] do
      spawn(fn -> for i <- 1..500, do: send(parent, {tag, i}) end)
    end
    acc = collect(1500, %{})
    for {tag, list} <- Enum.sort(acc) do
      in_order = Enum.reverse(list) == Enum.to_list(1..500)
      IO.inspect({tag, length(list), in_order})
    end
  end
end

TwoSenders.run()
