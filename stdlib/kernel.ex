defmodule Kernel do
  @moduledoc """
  The functions every module can call without a module name.

  Most of them (arithmetic, comparisons, type tests, `length/1`, `elem/2`,
  ...) are compiled straight into VM built-ins; the definitions here make
  them callable as `Kernel.name(...)` and capturable as `&Kernel.name/n`.
  """

  @doc "Returns the length of a list."
  def length(list), do: :erlang.length(list)

  @doc "Returns the head of a non-empty list."
  def hd(list), do: :erlang.hd(list)

  @doc "Returns the tail of a non-empty list."
  def tl(list), do: :erlang.tl(list)

  @doc "Returns the element of `tuple` at the zero-based `index`."
  def elem(tuple, index), do: :erlang.element(index + 1, tuple)

  @doc "Puts `value` at the zero-based `index` of `tuple`."
  def put_elem(tuple, index, value), do: :erlang.setelement(index + 1, tuple, value)

  @doc "Returns the number of elements of a tuple."
  def tuple_size(tuple), do: :erlang.tuple_size(tuple)

  @doc "Returns the number of bytes of a binary."
  def byte_size(binary), do: :erlang.byte_size(binary)

  @doc "Absolute value of a number."
  def abs(number), do: :erlang.abs(number)

  @doc "Integer division, truncating towards zero."
  def div(a, b), do: :erlang.div(a, b)

  @doc "Remainder of integer division; its sign is the dividend's."
  def rem(a, b), do: :erlang.rem(a, b)

  @doc "The larger of two terms in term order."
  def max(a, b), do: :erlang.max(a, b)

  @doc "The smaller of two terms in term order."
  def min(a, b), do: :erlang.min(a, b)

  @doc "Rounds a number to the nearest integer."
  def round(number), do: :erlang.round(number)

  @doc "Drops the fractional part of a number."
  def trunc(number), do: :erlang.trunc(number)

  @doc "True for `nil` only."
  def is_nil(term), do: term === nil

  @doc "Converts a term to a string through its String.Chars form."
  def to_string(term), do: :beamlet.to_string(term)

  @doc "Calls `fun` with the arguments in the list `args`."
  def apply(fun, args), do: :erlang.apply(fun, args)

  @doc "Calls `module.function` with the arguments in the list `args`."
  def apply(module, function, args), do: :erlang.apply(module, function, args)

  @doc "Throws `value`, to be caught by `catch`."
  def throw(value), do: :erlang.throw(value)

  @doc "Exits the calling process with `reason`."
  def exit(reason), do: :erlang.exit(reason)
end
