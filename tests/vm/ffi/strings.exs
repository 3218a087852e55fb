# :string in (a NUL-terminated copy) and out (a copy of the char *, nil for
# NULL); pointers returned by C; strdup and free.
# expect-stdout: 0
# expect-stdout: "yes"
# expect-stdout: "yes"
# expect-stdout: nil
# expect-stdout: "llo"
# expect-stdout: nil
# expect-stdout: offset: 2
# expect-stdout: "llo world"
# expect-stdout: "a copy"
# expect-stdout: freed: :ok
# expect-stdout: long: 100 true
# expect-stdout: long dirty: 100 true
# expect-stdout: 3
# expect-stdout: "héllo"
{:ok, libc} = FFI.open(:default)
IO.inspect(FFI.call(libc, "setenv", [:string, :string, :int], :int, ["BEAMLET_FFI_TEST", "yes", 1]))
IO.inspect(FFI.call(libc, "getenv", [:string], :string, ["BEAMLET_FFI_TEST"]))
IO.inspect(System.get_env("BEAMLET_FFI_TEST"))
IO.inspect(FFI.call(libc, "getenv", [:string], :string, ["BEAMLET_FFI_SURELY_UNSET"]))

# a char * into the argument's copy is read before the copy goes away
IO.inspect(FFI.call(libc, "strchr", [:string, :int], :string, ["hello", ?l]))
IO.inspect(FFI.call(libc, "strchr", [:string, :int], :string, ["hello", ?z]))

# a :pointer result is an address
buf = FFI.alloc(16)
:ok = FFI.write_bytes(buf, "hello world\0")
at = FFI.call(libc, "strchr", [:pointer, :int], :pointer, [buf, ?l])
IO.puts("offset: " <> inspect(at - buf))
IO.inspect(FFI.read_cstring(at))
FFI.free(buf)

# strdup's memory is C's: read it, then free it
copy = FFI.call(libc, "strdup", [:string], :pointer, ["a copy"])
IO.inspect(FFI.read_cstring(copy))
IO.puts("freed: " <> inspect(FFI.free(copy)))

# strings past 64 bytes live off the heap, both ways and through dirty calls
long = String.duplicate("x", 100)
back = FFI.call(libc, "strdup", [:string], :pointer, [long])
IO.puts("long: " <> inspect(FFI.call(libc, "strlen", [:pointer], :size_t, [back])) <> " " <> inspect(FFI.read_cstring(back) == long))
FFI.call(libc, "free", [:pointer], :void, [back])
{:ok, getenv} = FFI.function(libc, "getenv", [:string], :string, dirty: true)
FFI.call(libc, "setenv", [:string, :string, :int], :int, ["BEAMLET_FFI_LONG", long, 1])
value = FFI.invoke(getenv, ["BEAMLET_FFI_LONG"])
IO.puts("long dirty: " <> inspect(byte_size(value)) <> " " <> inspect(value == long))

# UTF-8 is bytes to C
IO.inspect(FFI.call(libc, "strlen", [:string], :size_t, ["hé"]))
IO.inspect(FFI.call(libc, "strchr", [:string, :int], :string, ["¡héllo", ?h]))
