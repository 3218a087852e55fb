# Reverse Polish notation calculator with a list as stack
defmodule RPN do
  def eval(tokens), do: eval(tokens, [])

  defp eval([], [result]), do: {:ok, result}
  defp eval([], stack), do: {:error, {:leftover, stack}}
  defp eval([:+ | t], [b, a | s]), do: eval(t, [a + b | s])
  defp eval([:- | t], [b, a | s]), do: eval(t, [a - b | s])
  defp eval([:* | t], [b, a | s]), do: eval(t, [a * b | s])
  defp eval([:/ | t], [b, a | s]), do: eval(t, [a / b | s])
  defp eval([:dup | t], [a | s]), do: eval(t, [a, a | s])
  defp eval([:swap | t], [b, a | s]), do: eval(t, [a, b | s])
  defp eval([n | t], s) when is_number(n), do: eval(t, [n | s])
  defp eval([op | _], _), do: {:error, {:bad, op}}
end

IO.inspect(RPN.eval([3, 4, :+, 2, :*]))
IO.inspect(RPN.eval([5, 1, 2, :+, 4, :*, :+, 3, :-]))
IO.inspect(RPN.eval([2, :dup, :*, :dup, :*]))
IO.inspect(RPN.eval([1, 4, :/]))
IO.inspect(RPN.eval([1, 2, :swap, :-]))
IO.inspect(RPN.eval([1, 2]))
IO.inspect(RPN.eval([1, :+]))
IO.inspect(RPN.eval([1.5, 2, :*]))
