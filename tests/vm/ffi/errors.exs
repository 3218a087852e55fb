# What goes wrong, and how it is reported: ArgumentError naming the
# argument for counts, types and unknown types; {:error, message} for a
# library or symbol that is not there.
# expect-stdout: cos: expected 1 argument, got 2
# expect-stdout: pow: expected 2 arguments, got 0
# expect-stdout: argument 2 of pow: expected a number for :double, got "x"
# expect-stdout: argument 1 of cos: unknown FFI type :doubel
# expect-stdout: return type of cos: unknown FFI type :real
# expect-stdout: argument 1 of cos: :void is only a return type
# expect-stdout: argument types of cos: expected a list of FFI types, got :double
# expect-stdout: return type of cos: expected an FFI type, got "double"
# expect-stdout: arguments of cos: expected a list, got 0.0
# expect-stdout: argument 1 of strlen: expected a binary or nil for :string, got 'abc'
# expect-stdout: argument 1 of strlen: the binary for :string contains a NUL byte: <<97, 0, 98>>
# expect-stdout: argument 1 of free: expected an address (a non-negative integer) or nil for :pointer, got -1
# expect-stdout: function name: expected a binary without NUL bytes, got :cos
# expect-stdout: FFI.call/6: unknown option {:dirt, true} (the only option is :dirty)
# expect-stdout: FFI.function/5: the :dirty option must be true or false, got: :yes
# expect-stdout: library: not an open FFI library: :libm
# expect-stdout: function: not a prepared FFI function: 12345
# expect-stdout: FFI.read: the pointer is NULL
# expect-stdout: FFI.read: unknown FFI type :int31
# expect-stdout: FFI.read: :void has no value to read or write
# expect-stdout: FFI.write: :string cannot be written (it would need memory nobody frees); use FFI.write_bytes/2 and a :pointer
# expect-stdout: FFI.alloc: expected a non-negative integer size, got -1
# expect-stdout: missing library: true
# expect-stdout: missing symbol: true
# expect-stdout: missing symbol, prepared: true
# expect-stdout: library path: expected a binary without NUL bytes, got 42
# expect-stdout: ArithmeticError: bad argument in arithmetic expression
# expect-stdout: ArithmeticError: bad argument in arithmetic expression
defmodule Check do
  def message(fun) do
    try do
      IO.puts("no error: " <> inspect(fun.()))
    rescue
      e in ArgumentError -> IO.puts(e.message)
      e in ArithmeticError -> IO.puts("ArithmeticError: " <> e.message)
    end
  end
end

{:ok, libm} = FFI.open("libm.so.6")
{:ok, libc} = FFI.open(:default)
Check.message(fn -> FFI.call(libm, "cos", [:double], :double, [0.0, 1.0]) end)
{:ok, pow} = FFI.function(libm, "pow", [:double, :double], :double)
Check.message(fn -> FFI.invoke(pow, []) end)
Check.message(fn -> FFI.invoke(pow, [1.0, "x"]) end)
Check.message(fn -> FFI.call(libm, "cos", [:doubel], :double, [0.0]) end)
Check.message(fn -> FFI.function(libm, "cos", [:double], :real) end)
Check.message(fn -> FFI.call(libm, "cos", [:void], :double, [0.0]) end)
Check.message(fn -> FFI.call(libm, "cos", :double, :double, [0.0]) end)
Check.message(fn -> FFI.call(libm, "cos", [:double], "double", [0.0]) end)
Check.message(fn -> FFI.call(libm, "cos", [:double], :double, 0.0) end)
Check.message(fn -> FFI.call(libc, "strlen", [:string], :size_t, ['abc']) end)
Check.message(fn -> FFI.call(libc, "strlen", [:string], :size_t, [<<97, 0, 98>>]) end)
Check.message(fn -> FFI.call(libc, "free", [:pointer], :void, [-1]) end)
Check.message(fn -> FFI.call(libm, :cos, [:double], :double, [0.0]) end)
Check.message(fn -> FFI.call(libm, "cos", [:double], :double, [0.0], dirt: true) end)
Check.message(fn -> FFI.function(libm, "cos", [:double], :double, dirty: :yes) end)
Check.message(fn -> FFI.call(:libm, "cos", [:double], :double, [0.0]) end)
Check.message(fn -> FFI.invoke(12345, [0.0]) end)
Check.message(fn -> FFI.read(0, :int) end)
buf = FFI.alloc(8)
Check.message(fn -> FFI.read(buf, :int31) end)
Check.message(fn -> FFI.read(buf, :void) end)
Check.message(fn -> FFI.write(buf, :string, "x") end)
FFI.free(buf)
Check.message(fn -> FFI.alloc(-1) end)

{:error, message} = FFI.open("libbeamlet_no_such_library.so")
IO.puts("missing library: " <> inspect(String.contains?(message, "libbeamlet_no_such_library.so")))
{:error, message} = FFI.call(libm, "no_such_function", [], :void, [])
IO.puts("missing symbol: " <> inspect(String.contains?(message, "no_such_function")))
{:error, message} = FFI.function(libc, "no_such_function", [:int], :int, dirty: true)
IO.puts("missing symbol, prepared: " <> inspect(String.contains?(message, "no_such_function")))
Check.message(fn -> FFI.open(42) end)

# a float result that is not finite has no term: ArithmeticError, as :math
Check.message(fn -> FFI.call(libm, "log", [:double], :double, [0.0]) end)
Check.message(fn -> FFI.call(libm, "log", [:double], :double, [0.0], dirty: true) end)
