defmodule Float do
  @moduledoc """
  Functions on floats, as Elixir 1.14's Float.

  `round/2`, `floor/2` and `ceil/2` with a precision work on the exact
  binary value of the float, as Elixir does: the exact decimal expansion
  (num * 5^count for a float num / 2^count) is computed in base-10^9 limbs
  so that no integer exceeds 60 bits, truncated one digit past the
  precision, rounded, and turned back into the nearest float.
  """

  @precision_range 0..15
  @limb 1_000_000_000
  @two_pow_48 281_474_976_710_656
  @two_pow_52 4_503_599_627_370_496
  # 5^12: a limb (< 10^9) times it plus a carry stays below 2^59.
  @five_pow_12 244_140_625

  @doc "Parses a float at the start of `binary`: `{float, rest}` or `:error`."
  def parse("-" <> binary) do
    case parse_unsigned(binary) do
      :error -> :error
      {number, remainder} -> {-number, remainder}
    end
  end

  def parse("+" <> binary), do: parse_unsigned(binary)
  def parse(binary) when is_binary(binary), do: parse_unsigned(binary)

  defp parse_unsigned(<<digit, rest::binary>>) when digit >= ?0 and digit <= ?9,
    do: parse_unsigned(rest, false, false, <<digit>>)

  defp parse_unsigned(binary) when is_binary(binary), do: :error

  defp parse_unsigned(<<digit, rest::binary>>, dot?, e?, acc) when digit >= ?0 and digit <= ?9,
    do: parse_unsigned(rest, dot?, e?, <<acc::binary, digit>>)

  defp parse_unsigned(<<?., digit, rest::binary>>, false, false, acc) when digit >= ?0 and digit <= ?9,
    do: parse_unsigned(rest, true, false, <<acc::binary, ?., digit>>)

  defp parse_unsigned(<<marker, digit, rest::binary>>, dot?, false, acc)
       when (marker == ?e or marker == ?E) and digit >= ?0 and digit <= ?9,
       do: parse_unsigned(rest, true, true, <<add_dot(acc, dot?)::binary, ?e, digit>>)

  defp parse_unsigned(<<marker, sign, digit, rest::binary>>, dot?, false, acc)
       when (marker == ?e or marker == ?E) and (sign == ?- or sign == ?+) and digit >= ?0 and digit <= ?9,
       do: parse_unsigned(rest, true, true, <<add_dot(acc, dot?)::binary, ?e, sign, digit>>)

  defp parse_unsigned(rest, dot?, _e?, acc) do
    try do
      {:erlang.binary_to_float(add_dot(acc, dot?)), rest}
    rescue
      ArgumentError -> :error
    end
  end

  defp add_dot(acc, true), do: acc
  defp add_dot(acc, false), do: acc <> ".0"

  @doc "The largest float not above `number`, optionally at `precision` decimal digits (0..15)."
  def floor(number, precision \\ 0)
  def floor(number, 0) when is_float(number), do: :math.floor(number)

  def floor(number, precision) when is_float(number) and is_integer(precision) and precision >= 0 and precision <= 15,
    do: round_exact(number, precision, :floor)

  def floor(number, precision) when is_float(number), do: raise(ArgumentError, invalid_precision_message(precision))

  @doc "The smallest float not below `number`, optionally at `precision` decimal digits (0..15)."
  def ceil(number, precision \\ 0)
  def ceil(number, 0) when is_float(number), do: :math.ceil(number)

  def ceil(number, precision) when is_float(number) and is_integer(precision) and precision >= 0 and precision <= 15,
    do: round_exact(number, precision, :ceil)

  def ceil(number, precision) when is_float(number), do: raise(ArgumentError, invalid_precision_message(precision))

  @doc "Rounds `float` half up to `precision` decimal digits (0..15) of its exact value."
  @doc """
  The float as an exact fraction `{numerator, denominator}` in lowest
  terms, the denominator a positive power of two.
  """
  def ratio(float) when is_float(float) and float == 0, do: {0, 1}

  def ratio(float) when is_float(float) do
    <<sign::1, exponent::11, mantissa::52>> = <<float::float>>

    {num, shift} =
      if exponent == 0, do: {mantissa, -1074}, else: {mantissa + 4_503_599_627_370_496, exponent - 1075}

    {num, den} = if shift >= 0, do: {num * Integer.pow(2, shift), 1}, else: lowest(num, -shift)
    {if(sign == 1, do: -num, else: num), den}
  end

  defp lowest(num, k) when k > 0 and rem(num, 2) == 0, do: lowest(div(num, 2), k - 1)
  defp lowest(num, k), do: {num, Integer.pow(2, k)}

  def round(float, precision \\ 0)

  def round(float, 0) when is_float(float) do
    # Floats this large are integral already (and would need a bignum).
    if abs(float) >= 4_503_599_627_370_496.0, do: float, else: :erlang.float(:erlang.round(float))
  end

  def round(float, precision) when is_float(float) and is_integer(precision) and precision >= 0 and precision <= 15,
    do: round_exact(float, precision, :half_up)

  def round(float, precision) when is_float(float), do: raise(ArgumentError, invalid_precision_message(precision))

  defp invalid_precision_message(precision) do
    "precision " <> Kernel.to_string(precision) <> " is out of valid range of " <> inspect(@precision_range)
  end

  defp round_exact(float, _precision, _rounding) when float == 0.0, do: float

  defp round_exact(float, precision, rounding) do
    <<high::16, low::48>> = <<float::float>>
    sign = div(high, 32768)
    exp = rem(div(high, 16), 2048)
    {num, bits} = strip_zero_bits(@two_pow_52 + rem(high, 16) * @two_pow_48 + low, 52)
    count = bits - exp + 1023

    cond do
      count >= 104 ->
        cond do
          rounding == :ceil and sign == 0 -> 1 / power_of_10(precision)
          rounding == :floor and sign == 1 -> -1 / power_of_10(precision)
          true -> 0.0
        end

      count <= precision ->
        float

      true ->
        # The decimal digits of float * 10^count, truncated to precision + 1
        # fractional digits of float.
        digits = limbs_to_digits(multiply_by_five_pow([num], count))
        kept = byte_size(digits) - (count - precision - 1)
        truncated = if kept > 0, do: :binary.part(digits, 0, kept), else: "0"
        last = :binary.last(truncated) - ?0
        quotient = if byte_size(truncated) > 1, do: :binary.part(truncated, 0, byte_size(truncated) - 1), else: "0"

        quotient =
          if round_up?(rounding, sign, last), do: increment_digits(quotient), else: quotient

        if zero_digits?(quotient) do
          0.0
        else
          text = quotient <> ".0e-" <> :erlang.integer_to_binary(precision)
          if sign == 1, do: :erlang.binary_to_float("-" <> text), else: :erlang.binary_to_float(text)
        end
    end
  end

  defp round_up?(:floor, 1, _last), do: true
  defp round_up?(:ceil, 0, _last), do: true
  defp round_up?(:half_up, _sign, last), do: last >= 5
  defp round_up?(_rounding, _sign, _last), do: false

  defp power_of_10(0), do: 1
  defp power_of_10(n), do: 10 * power_of_10(n - 1)

  # Drops the trailing zero bits of the 53-bit significand; bits is the
  # number of fraction bits that remain.
  defp strip_zero_bits(num, 0), do: {num, 0}
  defp strip_zero_bits(num, bits) when rem(num, 2) == 0, do: strip_zero_bits(div(num, 2), bits - 1)
  defp strip_zero_bits(num, bits), do: {num, bits}

  # Limbs are base 10^9, least significant first.
  defp multiply_by_five_pow(limbs, 0), do: limbs

  defp multiply_by_five_pow(limbs, n) when n >= 12,
    do: multiply_by_five_pow(multiply_limbs(normalize(limbs), @five_pow_12, 0), n - 12)

  defp multiply_by_five_pow(limbs, n), do: multiply_limbs(normalize(limbs), power_of_5(n), 0)

  defp power_of_5(0), do: 1
  defp power_of_5(n), do: 5 * power_of_5(n - 1)

  # The first limb may be a full 53-bit integer; split it into limbs.
  defp normalize([limb | rest]) when limb >= @limb, do: [rem(limb, @limb) | normalize_carry(rest, div(limb, @limb))]
  defp normalize(limbs), do: limbs

  defp normalize_carry([], 0), do: []
  defp normalize_carry([], carry), do: normalize([carry])
  defp normalize_carry([limb | rest], carry), do: normalize([limb + carry | rest])

  defp multiply_limbs([], _factor, 0), do: []
  defp multiply_limbs([], _factor, carry), do: [rem(carry, @limb) | multiply_limbs([], 1, div(carry, @limb))]

  defp multiply_limbs([limb | rest], factor, carry) do
    product = limb * factor + carry
    [rem(product, @limb) | multiply_limbs(rest, factor, div(product, @limb))]
  end

  defp limbs_to_digits(limbs) do
    [top | lower] = :lists.reverse(normalize(limbs))
    :erlang.iolist_to_binary([:erlang.integer_to_binary(top) | pad_limbs(lower)])
  end

  defp pad_limbs([]), do: []

  defp pad_limbs([limb | rest]) do
    text = :erlang.integer_to_binary(limb)
    [:binary.copy("0", 9 - byte_size(text)), text | pad_limbs(rest)]
  end

  defp increment_digits(digits) do
    case increment_reversed(:lists.reverse(:erlang.binary_to_list(digits))) do
      {list, 0} -> :erlang.list_to_binary(:lists.reverse(list))
      {list, 1} -> :erlang.list_to_binary([?1 | :lists.reverse(list)])
    end
  end

  defp increment_reversed([]), do: {[], 1}
  defp increment_reversed([?9 | rest]) do
    {list, carry} = increment_reversed(rest)
    {[?0 | list], carry}
  end
  defp increment_reversed([d | rest]), do: {[d + 1 | rest], 0}

  defp zero_digits?(<<>>), do: true
  defp zero_digits?(<<?0, rest::binary>>), do: zero_digits?(rest)
  defp zero_digits?(_), do: false

  @doc "The shortest text that reads back as `float`."
  def to_string(float) when is_float(float), do: :erlang.float_to_binary(float, [:short])

  @doc "The shortest text that reads back as `float`, as a charlist."
  def to_charlist(float) when is_float(float), do: :erlang.binary_to_list(:erlang.float_to_binary(float, [:short]))

  @doc "The largest finite float."
  def max_finite(), do: 1.7976931348623157e308

  @doc "The smallest (most negative) finite float."
  def min_finite(), do: -1.7976931348623157e308
end
