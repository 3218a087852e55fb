# Default arguments with \\
defmodule Defaults do
  def greet(name, greeting \\ "Hello", punct \\ "!") do
    "#{greeting}, #{name}#{punct}"
  end

  def range_sum(from \\ 1, to) do
    if from > to, do: 0, else: from + range_sum(from + 1, to)
  end

  def pad(n, width \\ 5)
  def pad(n, width) when n < 0, do: "-" <> pad(-n, width - 1)
  def pad(n, width), do: zeros(width - digits(n)) <> "#{n}"

  defp digits(n) when n < 10, do: 1
  defp digits(n), do: 1 + digits(div(n, 10))

  defp zeros(k) when k <= 0, do: ""
  defp zeros(k), do: "0" <> zeros(k - 1)
end

IO.puts(Defaults.greet("Ann"))
IO.puts(Defaults.greet("Ann", "Hi"))
IO.puts(Defaults.greet("Ann", "Hi", "?"))
IO.puts(Defaults.range_sum(10))
IO.puts(Defaults.range_sum(5, 10))
IO.puts(Defaults.pad(42))
IO.puts(Defaults.pad(42, 3))
IO.puts(Defaults.pad(-7))
