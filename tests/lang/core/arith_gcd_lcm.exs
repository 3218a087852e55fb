# Euclid's gcd and lcm
defmodule NumTheory do
  def gcd(a, 0), do: abs(a)
  def gcd(a, b), do: gcd(b, rem(a, b))

  def lcm(0, _), do: 0
  def lcm(_, 0), do: 0
  def lcm(a, b), do: div(abs(a * b), gcd(a, b))
end

IO.puts(NumTheory.gcd(48, 18))
IO.puts(NumTheory.gcd(17, 5))
IO.puts(NumTheory.gcd(-48, 18))
IO.puts(NumTheory.gcd(0, 9))
IO.puts(NumTheory.lcm(4, 6))
IO.puts(NumTheory.lcm(21, 6))
IO.puts(NumTheory.lcm(0, 6))
IO.inspect({NumTheory.gcd(1071, 462), NumTheory.lcm(12, 18)})
