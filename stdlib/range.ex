defmodule Range do
  @moduledoc """
  Ranges: `first..last//step` sequences of integers.

  A range is the struct `%Range{first: f, last: l, step: s}`; the compiler
  turns `a..b` into `Range.new(a, b)` and `a..b//s` into `Range.new(a, b, s)`.
  Enumerating ranges is done by `Enum` and `Enumerable` (see enum.ex).
  """

  defstruct first: nil, last: nil, step: nil

  @doc "A range from `first` to `last`; the step is 1, or -1 when `first > last`."
  def new(first, last) when is_integer(first) and is_integer(last) do
    step = if first <= last, do: 1, else: -1
    %Range{first: first, last: last, step: step}
  end

  def new(first, last) do
    raise ArgumentError,
          "ranges (first..last) expect both sides to be integers, got: " <>
            inspect(first) <> ".." <> inspect(last)
  end

  @doc "A range from `first` to `last` with the given non-zero `step`."
  def new(first, last, step)
      when is_integer(first) and is_integer(last) and is_integer(step) and step != 0 do
    %Range{first: first, last: last, step: step}
  end

  def new(first, last, step) do
    raise ArgumentError,
          "ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: " <>
            inspect(first) <> ".." <> inspect(last) <> "//" <> inspect(step)
  end

  @doc "The number of integers in the range."
  def size(%Range{first: first, last: last, step: step}) when step > 0 and first > last, do: 0
  def size(%Range{first: first, last: last, step: step}) when step < 0 and first < last, do: 0
  def size(%Range{first: first, last: last, step: step}), do: div(last - first, step) + 1

  @doc "Shifts the range by `steps` steps (its step times `steps`)."
  def shift(%Range{first: first, last: last, step: step}, steps) when is_integer(steps) do
    %Range{first: first + steps * step, last: last + steps * step, step: step}
  end

  @doc false
  def range?(%Range{first: first, last: last}) when is_integer(first) and is_integer(last),
    do: true

  def range?(_), do: false

  @doc "Whether the two ranges have no integer in common."
  def disjoint?(%Range{} = range1, %Range{} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {lo1, hi1, s1} = normalize(range1)
      {lo2, hi2, s2} = normalize(range2)
      lo = max(lo1, lo2)
      hi = min(hi1, hi2)

      cond do
        lo > hi ->
          true

        s1 == 1 and s2 == 1 ->
          false

        true ->
          # x = lo1 (mod s1) and x = lo2 (mod s2): solvable iff gcd divides the gap.
          {g, u, _v} = egcd(s1, s2)

          if rem(lo2 - lo1, g) != 0 do
            true
          else
            lcm = div(s1, g) * s2
            # x0 = lo1 + s1 * u * (lo2 - lo1) / g is one common element.
            x0 = lo1 + s1 * mod(u * div(lo2 - lo1, g), div(s2, g))
            # The smallest common element that is >= lo.
            first_common = x0 + lcm * ceil_div(lo - x0, lcm)
            first_common > hi
          end
      end
    end
  end

  # {low, high, positive step} with high the last element actually reached.
  defp normalize(%Range{first: first, last: last, step: step}) when step > 0 do
    {first, first + div(last - first, step) * step, step}
  end

  defp normalize(%Range{first: first, last: last, step: step}) do
    {first + div(last - first, step) * step, first, -step}
  end

  defp egcd(a, 0), do: {a, 1, 0}

  defp egcd(a, b) do
    {g, x, y} = egcd(b, rem(a, b))
    {g, y, x - div(a, b) * y}
  end

  defp mod(a, b) do
    r = rem(a, b)
    if r < 0, do: r + b, else: r
  end

  defp ceil_div(a, b) when a > 0, do: div(a + b - 1, b)
  defp ceil_div(a, b), do: -div(-a, b)
end
