# An uncaught FFI ArgumentError is reported like any other.
# expect-exit: 1
# expect-stdout: before
# expect-stderr: ** (ArgumentError) argument 2 of pow: expected a number for :double, got "x"
# expect-stderr: uncaught.exs:8
{:ok, libm} = FFI.open("libm.so.6")
IO.puts("before")
FFI.call(libm, "pow", [:double, :double], :double, [1.0, "x"])
IO.puts("not reached")
