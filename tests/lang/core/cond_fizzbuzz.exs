# FizzBuzz 1..30 with cond and recursion
defmodule FizzBuzz do
  def word(n) do
    cond do
      rem(n, 15) == 0 -> "FizzBuzz"
      rem(n, 3) == 0 -> "Fizz"
      rem(n, 5) == 0 -> "Buzz"
      true -> n
    end
  end

  def run(i, n) when i > n, do: :done
  def run(i, n) do
    IO.puts(word(i))
    run(i + 1, n)
  end
end

IO.inspect(FizzBuzz.run(1, 30))
