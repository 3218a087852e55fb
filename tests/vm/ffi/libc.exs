# Calling libc through FFI.open(:default): integers of several widths.
# expect-stdout: 5
# expect-stdout: 0
# expect-stdout: getpid: true
# expect-stdout: 42
# expect-stdout: 2147483647
# expect-stdout: 9000000000
# expect-stdout: 65
# expect-stdout: 49
# expect-stdout: 18446744073709551615
# expect-stdout: -9223372036854775808
# expect-stdout: true
# expect-stdout: false
# expect-stdout: :ok
{:ok, libc} = FFI.open(:default)
IO.inspect(FFI.call(libc, "strlen", [:string], :size_t, ["hello"]))
IO.inspect(FFI.call(libc, "strlen", [:string], :size_t, [""]))
pid = FFI.call(libc, "getpid", [], :int, [])
IO.puts("getpid: " <> inspect(is_integer(pid) and pid > 0 and pid == FFI.call(libc, "getpid", [], :int, [])))
IO.inspect(FFI.call(libc, "abs", [:int], :int, [-42]))
IO.inspect(FFI.call(libc, "abs", [:int], :int, [-2_147_483_647]))
IO.inspect(FFI.call(libc, "labs", [:long], :long, [-9_000_000_000]))
IO.inspect(FFI.call(libc, "toupper", [:int], :int, [?a]))
IO.inspect(FFI.call(libc, "atoi", [:string], :int, ["49"]))
# results beyond the VM's small integers come back as big integers
IO.inspect(FFI.call(libc, "strtoull", [:string, :pointer, :int], :uint64, ["18446744073709551615", nil, 10]))
IO.inspect(FFI.call(libc, "strtoll", [:string, :pointer, :int], :int64, ["-9223372036854775808", nil, 10]))
# :bool results
IO.inspect(FFI.call(libc, "isdigit", [:int], :int, [?7]) != 0)
IO.inspect(FFI.call(libc, "isdigit", [:int], :int, [?x]) != 0)
# :void results are :ok
IO.inspect(FFI.call(libc, "srand", [:uint], :void, [1]))
