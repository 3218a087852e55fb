# Dynamic module calls and apply/3
defmodule English do
  def greet(name), do: "Hello, #{name}"
  def count(n), do: n
end

defmodule French do
  def greet(name), do: "Bonjour, " <> name
  def count(n), do: n * 10
end

defmodule Greeter do
  def all([], _name), do: :ok
  def all([mod | rest], name) do
    IO.puts(mod.greet(name))
    all(rest, name)
  end
end

Greeter.all([English, French], "Ada")
mod = French
IO.puts(mod.greet("Bob"))
IO.inspect(mod.count(4))
IO.inspect(apply(English, :count, [7]))
IO.inspect(apply(mod, :greet, ["Eve"]))
fname = :count
IO.inspect(apply(French, fname, [2]))
IO.inspect(apply(fn a, b -> a - b end, [10, 3]))
