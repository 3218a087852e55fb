# Calling libm: one-off calls, prepared functions, :float and :double.
# expect-stdout: 1.0
# expect-stdout: -1.0
# expect-stdout: 1024.0
# expect-stdout: 1.4142135623730951
# expect-stdout: 3.0
# expect-stdout: 1024.0
# expect-stdout: 0.5
# expect-stdout: 2.0
# expect-stdout: 1.0
# expect-stdout: same function: true
# expect-stdout: same library: true
{:ok, libm} = FFI.open("libm.so.6")
IO.inspect(FFI.call(libm, "cos", [:double], :double, [0.0]))
IO.inspect(FFI.call(libm, "cos", [:double], :double, [3.141592653589793]))
IO.inspect(FFI.call(libm, "pow", [:double, :double], :double, [2.0, 10.0]))
IO.inspect(FFI.call(libm, "sqrt", [:double], :double, [2.0]))
# integers are accepted where a float is expected
IO.inspect(FFI.call(libm, "sqrt", [:double], :double, [9]))

{:ok, pow} = FFI.function(libm, "pow", [:double, :double], :double)
IO.inspect(FFI.invoke(pow, [2.0, 10.0]))
IO.inspect(FFI.invoke(pow, [0.25, 0.5]))

# :float is C's float
IO.inspect(FFI.call(libm, "sqrtf", [:float], :float, [4.0]))
IO.inspect(FFI.call(libm, "ldexp", [:double, :int], :double, [0.5, 1]))

# preparing or opening the same thing again gives the same one back
{:ok, pow2} = FFI.function(libm, "pow", [:double, :double], :double)
IO.puts("same function: " <> inspect(pow2.id == pow.id))
{:ok, libm2} = FFI.open("libm.so.6")
IO.puts("same library: " <> inspect(libm2.id == libm.id))
