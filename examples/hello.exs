# The demo of the README's quick start: modules, pattern matching,
# closures and pipes, run by beamlet exactly as by `elixir`.
defmodule Greeter do
  @greeting "Hello"

  def greet(name) when is_binary(name), do: "#{@greeting}, #{name}!"
  def greet({first, last}), do: greet(first <> " " <> last)
end

defmodule Fib do
  def fib(n) when n < 2, do: n
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def upto(n), do: upto(n, 0, [])
  defp upto(n, i, acc) when i > n, do: reverse(acc, [])
  defp upto(n, i, acc), do: upto(n, i + 1, [fib(i) | acc])

  defp reverse([], acc), do: acc
  defp reverse([h | t], acc), do: reverse(t, [h | acc])
end

IO.puts(Greeter.greet("beamlet"))
IO.puts(Greeter.greet({"Ada", "Lovelace"}))

square = fn x -> x * x end
20 |> square.() |> IO.puts()

IO.inspect(Fib.upto(15))
IO.inspect({:ok, 3.14, [1, 2, 3], "text", :atom})
