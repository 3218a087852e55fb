# Every integer type takes exactly its C range: the bounds pass through
# memory unchanged, one past either bound is an ArgumentError.
# expect-stdout: int8 ok -129 128
# expect-stdout: uint8 ok -1 256
# expect-stdout: int16 ok -32769 32768
# expect-stdout: uint16 ok -1 65536
# expect-stdout: int32 ok -2147483649 2147483648
# expect-stdout: uint32 ok -1 4294967296
# expect-stdout: int64 ok -9223372036854775809 9223372036854775808
# expect-stdout: uint64 ok -1 18446744073709551616
# expect-stdout: int ok -2147483649 2147483648
# expect-stdout: uint ok -1 4294967296
# expect-stdout: long ok -9223372036854775809 9223372036854775808
# expect-stdout: ulong ok -1 18446744073709551616
# expect-stdout: size_t ok -1 18446744073709551616
# expect-stdout: ssize_t ok -9223372036854775809 9223372036854775808
# expect-stdout: value of FFI.write: 128 is out of range for :int8 (-128..127)
# expect-stdout: value of FFI.write: -1 is out of range for :uint64 (0..18446744073709551615)
# expect-stdout: value of FFI.write: 340282366920938463463374607431768211456 is out of range for :int64 (-9223372036854775808..9223372036854775807)
# expect-stdout: argument 1 of abs: 2147483648 is out of range for :int (-2147483648..2147483647)
# expect-stdout: argument 1 of abs: expected an integer for :int, got 1.5
# expect-stdout: argument 1 of sqrtf: 1.0e300 is out of range for :float
# expect-stdout: argument 1 of toupper: expected an integer for :int, got "a"
# expect-stdout: value of FFI.write: expected true or false for :bool, got 1
defmodule Ranges do
  def check(buf, type, min, max) do
    ok = roundtrip(buf, type, min) == min and roundtrip(buf, type, max) == max
    IO.puts(to_string(type) <> " " <> (if ok, do: "ok", else: "WRONG") <> " " <> rejected(buf, type, min - 1) <> " " <> rejected(buf, type, max + 1))
  end

  defp roundtrip(buf, type, value) do
    :ok = FFI.write(buf, type, value)
    FFI.read(buf, type)
  end

  defp rejected(buf, type, value) do
    try do
      FFI.write(buf, type, value)
      "ACCEPTED"
    rescue
      e in ArgumentError ->
        if String.contains?(e.message, "out of range"), do: inspect(value), else: e.message
    end
  end

  def message(fun) do
    try do
      fun.()
      IO.puts("no error")
    rescue
      e in ArgumentError -> IO.puts(e.message)
    end
  end
end

buf = FFI.alloc(8)
Ranges.check(buf, :int8, -128, 127)
Ranges.check(buf, :uint8, 0, 255)
Ranges.check(buf, :int16, -32768, 32767)
Ranges.check(buf, :uint16, 0, 65535)
Ranges.check(buf, :int32, -2_147_483_648, 2_147_483_647)
Ranges.check(buf, :uint32, 0, 4_294_967_295)
Ranges.check(buf, :int64, -9_223_372_036_854_775_808, 9_223_372_036_854_775_807)
Ranges.check(buf, :uint64, 0, 18_446_744_073_709_551_615)
Ranges.check(buf, :int, -2_147_483_648, 2_147_483_647)
Ranges.check(buf, :uint, 0, 4_294_967_295)
Ranges.check(buf, :long, -9_223_372_036_854_775_808, 9_223_372_036_854_775_807)
Ranges.check(buf, :ulong, 0, 18_446_744_073_709_551_615)
Ranges.check(buf, :size_t, 0, 18_446_744_073_709_551_615)
Ranges.check(buf, :ssize_t, -9_223_372_036_854_775_808, 9_223_372_036_854_775_807)

Ranges.message(fn -> FFI.write(buf, :int8, 128) end)
Ranges.message(fn -> FFI.write(buf, :uint64, -1) end)
Ranges.message(fn -> FFI.write(buf, :int64, 340_282_366_920_938_463_463_374_607_431_768_211_456) end)
FFI.free(buf)

{:ok, libc} = FFI.open(:default)
{:ok, libm} = FFI.open("libm.so.6")
Ranges.message(fn -> FFI.call(libc, "abs", [:int], :int, [2_147_483_648]) end)
Ranges.message(fn -> FFI.call(libc, "abs", [:int], :int, [1.5]) end)
Ranges.message(fn -> FFI.call(libm, "sqrtf", [:float], :float, [1.0e300]) end)
{:ok, toupper} = FFI.function(libc, "toupper", [:int], :int)
Ranges.message(fn -> FFI.invoke(toupper, ["a"]) end)
one = FFI.alloc(1)
Ranges.message(fn -> FFI.write(one, :bool, 1) end)
FFI.free(one)
