defmodule Tuple do
  @moduledoc "Functions on tuples.  Indexes are zero-based."

  @doc "The elements of the tuple as a list."
  def to_list(tuple) when is_tuple(tuple), do: :erlang.tuple_to_list(tuple)

  @doc "A tuple of `size` copies of `value`."
  def duplicate(value, size) when is_integer(size) and size >= 0, do: :erlang.make_tuple(size, value)

  @doc "The tuple with `value` added at the end."
  def append(tuple, value) when is_tuple(tuple) do
    :erlang.list_to_tuple(:erlang.tuple_to_list(tuple) ++ [value])
  end

  @doc "The tuple with `value` inserted at `index` (0..tuple_size)."
  def insert_at(tuple, index, value) when is_tuple(tuple) and is_integer(index) do
    if index < 0 or index > tuple_size(tuple), do: out_of_range()
    :erlang.list_to_tuple(List.insert_at(:erlang.tuple_to_list(tuple), index, value))
  end

  @doc "The tuple without the element at `index`."
  def delete_at(tuple, index) when is_tuple(tuple) and is_integer(index) do
    if index < 0 or index >= tuple_size(tuple), do: out_of_range()
    :erlang.list_to_tuple(List.delete_at(:erlang.tuple_to_list(tuple), index))
  end

  @doc "The sum of the elements."
  def sum(tuple) when is_tuple(tuple), do: sum_from(tuple, 1, tuple_size(tuple), 0)

  defp sum_from(_tuple, i, size, acc) when i > size, do: acc
  defp sum_from(tuple, i, size, acc), do: sum_from(tuple, i + 1, size, acc + :erlang.element(i, tuple))

  @doc "The product of the elements."
  def product(tuple) when is_tuple(tuple), do: product_from(tuple, 1, tuple_size(tuple), 1)

  defp product_from(_tuple, i, size, acc) when i > size, do: acc
  defp product_from(tuple, i, size, acc), do: product_from(tuple, i + 1, size, acc * :erlang.element(i, tuple))

  defp out_of_range() do
    raise ArgumentError, "errors were found at the given arguments:\n\n  * 1st argument: out of range\n"
  end
end
