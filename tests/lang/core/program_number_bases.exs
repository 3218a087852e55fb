# Convert integers to other bases by repeated division
defmodule Base2 do
  def to_base(0, _b), do: "0"
  def to_base(n, b) when n < 0, do: "-" <> to_base(-n, b)
  def to_base(n, b), do: digits(n, b, "")

  defp digits(0, _b, acc), do: acc
  defp digits(n, b, acc), do: digits(div(n, b), b, digit(rem(n, b)) <> acc)

  defp digit(d) when d < 10, do: "#{d}"
  defp digit(10), do: "a"
  defp digit(11), do: "b"
  defp digit(12), do: "c"
  defp digit(13), do: "d"
  defp digit(14), do: "e"
  defp digit(15), do: "f"

  def popcount(0), do: 0
  def popcount(n), do: rem(n, 2) + popcount(div(n, 2))
end

IO.puts(Base2.to_base(10, 2))
IO.puts(Base2.to_base(255, 16))
IO.puts(Base2.to_base(-255, 16))
IO.puts(Base2.to_base(0, 8))
IO.puts(Base2.to_base(511, 8))
IO.puts(Base2.to_base(576460752303423487, 16))
IO.puts(Base2.to_base(123456789, 36 - 20))
IO.puts(Base2.popcount(255))
IO.puts(Base2.popcount(576460752303423487))
