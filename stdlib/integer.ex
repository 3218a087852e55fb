defmodule Integer do
  @moduledoc """
  Functions on integers, as Elixir 1.14's Integer.

  `is_even/1` and `is_odd/1` are guard macros in Elixir; here they are
  plain functions (usable in bodies, not in guards).
  """

  @doc "Whether `integer` is even."
  def is_even(integer) when is_integer(integer), do: rem(integer, 2) == 0

  @doc "Whether `integer` is odd."
  def is_odd(integer) when is_integer(integer), do: rem(integer, 2) != 0

  @doc "`base` raised to the non-negative integer `exponent`."
  def pow(base, exponent) when is_integer(base) and is_integer(exponent) do
    if exponent < 0, do: :erlang.error(:badarith, [base, exponent])
    guarded_pow(base, exponent)
  end

  defp guarded_pow(_base, 0), do: 1
  defp guarded_pow(base, 1), do: base
  defp guarded_pow(base, e) when rem(e, 2) == 0, do: guarded_pow(base * base, div(e, 2))
  defp guarded_pow(base, e), do: base * guarded_pow(base * base, div(e, 2))

  @doc "The modulo of `dividend` by `divisor`; its sign is the divisor's."
  def mod(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    remainder = rem(dividend, divisor)

    if remainder * divisor < 0, do: remainder + divisor, else: remainder
  end

  @doc "Integer division rounding towards negative infinity."
  def floor_div(dividend, divisor) when is_integer(dividend) and is_integer(divisor) do
    if dividend < 0 != divisor < 0 and rem(dividend, divisor) != 0 do
      div(dividend, divisor) - 1
    else
      div(dividend, divisor)
    end
  end

  @doc "The digits of `integer` in `base`, most significant first."
  def digits(integer, base \\ 10)
      when is_integer(integer) and is_integer(base) and base >= 2 do
    do_digits(integer, base, [])
  end

  defp do_digits(integer, base, acc) when abs(integer) < base, do: [integer | acc]
  defp do_digits(integer, base, acc), do: do_digits(div(integer, base), base, [rem(integer, base) | acc])

  @doc "The integer whose digits in `base` are `digits`."
  def undigits(digits, base \\ 10) when is_list(digits) and is_integer(base) and base >= 2 do
    do_undigits(digits, base, 0)
  end

  defp do_undigits([], _base, acc), do: acc

  defp do_undigits([digit | _], base, _acc) when is_integer(digit) and digit >= base do
    raise ArgumentError,
          "invalid digit " <> :erlang.integer_to_binary(digit) <> " in base " <> :erlang.integer_to_binary(base)
  end

  defp do_undigits([digit | tail], base, acc) when is_integer(digit), do: do_undigits(tail, base, acc * base + digit)

  @doc "Parses the integer at the start of `binary`: `{integer, rest}` or `:error`."
  def parse(binary, base \\ 10)

  def parse(binary, base) when is_binary(binary) and is_integer(base) and base >= 2 and base <= 36 do
    case count_digits(binary, base) do
      0 ->
        :error

      count ->
        <<digits::binary-size(count), rest::binary>> = binary
        {:erlang.binary_to_integer(digits, base), rest}
    end
  end

  def parse(_binary, base) do
    raise ArgumentError, "invalid base " <> inspect(base)
  end

  defp count_digits(<<sign, rest::binary>>, base) when sign == ?+ or sign == ?- do
    case count_digits_nosign(rest, base, 1) do
      1 -> 0
      count -> count
    end
  end

  defp count_digits(binary, base), do: count_digits_nosign(binary, base, 0)

  defp count_digits_nosign(<<c, rest::binary>>, base, count) do
    if digit_value(c) < base, do: count_digits_nosign(rest, base, count + 1), else: count
  end

  defp count_digits_nosign(<<>>, _base, count), do: count

  defp digit_value(c) when c >= ?0 and c <= ?9, do: c - ?0
  defp digit_value(c) when c >= ?A and c <= ?Z, do: c - ?A + 10
  defp digit_value(c) when c >= ?a and c <= ?z, do: c - ?a + 10
  defp digit_value(_), do: 99

  @doc "The text of `integer` in `base` (2..36, upper-case letters)."
  def to_string(integer, base \\ 10)
  def to_string(integer, 10) when is_integer(integer), do: :erlang.integer_to_binary(integer)
  def to_string(integer, base), do: :erlang.integer_to_binary(integer, base)

  @doc "The text of `integer` in `base` as a charlist."
  def to_charlist(integer, base \\ 10), do: :erlang.binary_to_list(to_string(integer, base))

  @doc "The greatest common divisor of two integers (always non-negative)."
  def gcd(integer1, integer2) when is_integer(integer1) and is_integer(integer2) do
    gcd_positive(abs(integer1), abs(integer2))
  end

  defp gcd_positive(0, integer2), do: integer2
  defp gcd_positive(integer1, 0), do: integer1
  defp gcd_positive(integer1, integer2), do: gcd_positive(integer2, rem(integer1, integer2))

  @doc "`{gcd, s, t}` with `gcd == a * s + b * t` (the gcd keeps the sign Elixir gives it)."
  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b) when is_integer(b), do: {b, 0, 1}
  def extended_gcd(a, 0) when is_integer(a), do: {a, 1, 0}
  def extended_gcd(a, b) when is_integer(a) and is_integer(b), do: extended_gcd(b, a, 0, 1, 1, 0)

  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    q = div(r0, r1)

    case r0 - q * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - q * s1, s1, t0 - q * t1, t1)
    end
  end
end
