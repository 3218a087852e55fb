# Raw memory: alloc, write and read every type, offsets, bytes, free.
# expect-stdout: zeroed: <<0, 0, 0, 0, 0, 0, 0, 0>>
# expect-stdout: [true, -5, 250, -300, 60000, -70000, 4000000000, -5000000000, 18446744073709551615]
# expect-stdout: [-7, 7, -8, 8, 1024, 2048, -3, 0.5, 2.25]
# expect-stdout: <<1, 2, 0, 0>>
# expect-stdout: 513
# expect-stdout: 2
# expect-stdout: "abc"
# expect-stdout: "ab"
# expect-stdout: "stored"
# expect-stdout: nil
# expect-stdout: 0
# expect-stdout: :ok
buf = FFI.alloc(64)
IO.puts("zeroed: " <> inspect(FFI.read_bytes(buf, 8)))

types = [bool: true, int8: -5, uint8: 250, int16: -300, uint16: 60000, int32: -70000, uint32: 4_000_000_000,
         int64: -5_000_000_000, uint64: 18_446_744_073_709_551_615]
IO.puts(inspect(for {type, value} <- types, do: (:ok = FFI.write(buf, type, value); FFI.read(buf, type))))

types = [int: -7, uint: 7, long: -8, ulong: 8, size_t: 1024, pointer: 2048, ssize_t: -3, float: 0.5, double: 2.25]
IO.inspect(for {type, value} <- types, do: (:ok = FFI.write(buf, type, 8, value); FFI.read(buf, type, 8)))

# offsets are in bytes; the machine is little-endian
:ok = FFI.write_bytes(buf, <<0, 0, 0, 0>>)
:ok = FFI.write(buf, :uint8, 0, 1)
:ok = FFI.write(buf, :uint8, 1, 2)
IO.inspect(FFI.read_bytes(buf, 4))
IO.inspect(FFI.read(buf, :uint16))
IO.inspect(FFI.read(buf, :uint16, 1))

# bytes and C strings
:ok = FFI.write_bytes(buf, "abc\0")
IO.inspect(FFI.read_cstring(buf))
IO.inspect(FFI.read_bytes(buf, 2))

# :string reads a char * stored in memory
other = FFI.alloc(16)
:ok = FFI.write_bytes(other, "stored\0")
:ok = FFI.write(buf, :pointer, 16, other)
IO.inspect(FFI.read(buf, :string, 16))
:ok = FFI.write(buf, :pointer, 16, nil)
IO.inspect(FFI.read(buf, :string, 16))
IO.inspect(FFI.read(buf, :pointer, 16))
FFI.free(other)
IO.inspect(FFI.free(buf))
