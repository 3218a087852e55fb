defmodule Bitwise do
  @moduledoc "Bitwise operations on integers of any size (two's complement)."

  @doc "Bitwise and."
  def band(a, b), do: :erlang.band(a, b)
  @doc "Bitwise or."
  def bor(a, b), do: :erlang.bor(a, b)
  @doc "Bitwise exclusive or."
  def bxor(a, b), do: :erlang.bxor(a, b)
  @doc "Bitwise not."
  def bnot(a), do: :erlang.bnot(a)
  @doc "Shift left (a negative count shifts right)."
  def bsl(a, b), do: :erlang.bsl(a, b)
  @doc "Shift right (a negative count shifts left)."
  def bsr(a, b), do: :erlang.bsr(a, b)
end
