# Zero-arity functions, same name with different arities, do: form
defmodule Arity do
  def f(), do: "f/0"
  def f(a), do: "f/1 #{a}"
  def f(a, b), do: "f/2 #{a} #{b}"
  def f(a, b, c), do: "f/3 #{a + b + c}"

  def pi, do: 3.14159
  def answer() do
    42
  end
end

IO.puts(Arity.f())
IO.puts(Arity.f(1))
IO.puts(Arity.f(1, 2))
IO.puts(Arity.f(1, 2, 3))
IO.puts(Arity.pi())
IO.puts(Arity.answer() + 1)
