# Roman numerals: encode and decode
defmodule Roman do
  @table [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
          {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]

  def encode(n), do: encode(n, @table)
  defp encode(0, _), do: ""
  defp encode(n, [{v, s} | _] = t) when n >= v, do: s <> encode(n - v, t)
  defp encode(n, [_ | t]), do: encode(n, t)

  def decode(chars), do: decode(chars, 0)
  defp decode([], acc), do: acc
  defp decode([a, b | rest], acc) do
    va = value(a)
    vb = value(b)
    if va < vb, do: decode(rest, acc + vb - va), else: decode([b | rest], acc + va)
  end
  defp decode([a], acc), do: acc + value(a)

  defp value(73), do: 1
  defp value(86), do: 5
  defp value(88), do: 10
  defp value(76), do: 50
  defp value(67), do: 100
  defp value(68), do: 500
  defp value(77), do: 1000
end

IO.puts(Roman.encode(1994))
IO.puts(Roman.encode(2024))
IO.puts(Roman.encode(3999))
IO.puts(Roman.encode(4))
IO.puts(Roman.decode('MCMXCIV'))
IO.puts(Roman.decode('XLII'))
IO.puts(Roman.decode('MMMCMXCIX'))
