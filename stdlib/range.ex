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

  @doc "Whether the two ranges have no integer in common (computed as Elixir 1.14 does)."
  def disjoint?(%Range{first: first1, last: last1, step: step1} = range1, %Range{first: first2, last: last2, step: step2} = range2) do
    if size(range1) == 0 or size(range2) == 0 do
      true
    else
      {first1, last1, step1} = normalize(first1, last1, step1)
      {first2, last2, step2} = normalize(first2, last2, step2)

      cond do
        last2 < first1 or last1 < first2 ->
          true

        abs(step1) == 1 and abs(step2) == 1 ->
          false

        true ->
          # The first intersection of two arithmetic progressions.
          {gcd, u, v} = extended_gcd(-step1, step2)
          c = first1 - first2 + step2 - step1
          t1 = -c / step1 * u
          t2 = -c / step2 * v
          t = :erlang.max(floor_int(t1) + 1, floor_int(t2) + 1)
          x = div(c * u + t * step2, gcd) - 1
          y = div(c * v + t * step1, gcd) - 1

          x < 0 or first1 + x * step1 > last1 or
            y < 0 or first2 + y * step2 > last2
      end
    end
  end

  defp normalize(first, last, step) when first > last, do: {last, first, -step}
  defp normalize(first, last, step), do: {first, last, step}

  defp floor_int(number) do
    t = trunc(number)
    if number < t, do: t - 1, else: t
  end

  # Integer.extended_gcd/2: {gcd, s, t} with gcd = a*s + b*t.
  defp extended_gcd(0, 0), do: {0, 0, 0}
  defp extended_gcd(0, b), do: {b, 0, 1}
  defp extended_gcd(a, 0), do: {a, 1, 0}
  defp extended_gcd(a, b), do: extended_gcd(b, a, 0, 1, 1, 0)

  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    d = div(r0, r1)

    case r0 - d * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - d * s1, s1, t0 - d * t1, t1)
    end
  end
end
