# Classify values using type-test guards
defmodule Classify do
  def kind(x) when is_integer(x), do: :integer
  def kind(x) when is_float(x), do: :float
  def kind(x) when is_boolean(x), do: :boolean
  def kind(x) when is_nil(x), do: :nil_value
  def kind(x) when is_atom(x), do: :atom
  def kind(x) when is_binary(x), do: :binary
  def kind(x) when is_list(x), do: :list
  def kind(x) when is_tuple(x), do: :tuple
  def kind(x) when is_function(x), do: :function
end

IO.inspect(Classify.kind(1))
IO.inspect(Classify.kind(1.0))
IO.inspect(Classify.kind(true))
IO.inspect(Classify.kind(false))
IO.inspect(Classify.kind(nil))
IO.inspect(Classify.kind(:ok))
IO.inspect(Classify.kind("hi"))
IO.inspect(Classify.kind([1, 2]))
IO.inspect(Classify.kind([]))
IO.inspect(Classify.kind({}))
IO.inspect(Classify.kind(fn -> 1 end))
IO.inspect(Classify.kind(&Classify.kind/1))
IO.inspect(is_number(3))
IO.inspect(is_number(3.5))
IO.inspect(is_number(:three))
IO.inspect(is_atom(nil))
IO.inspect(is_atom(Classify))
IO.inspect(is_boolean(nil))
IO.inspect(is_function(fn a, b -> a + b end, 2))
IO.inspect(is_function(fn a -> a end, 2))
