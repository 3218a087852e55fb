# Calling C from beamlet (docs/FFI.md): libm and libc functions, a buffer
# filled by C, and a slow call made dirty so that other processes keep
# running meanwhile.  beamlet only: real Elixir has no FFI module.
{:ok, libm} = FFI.open("libm.so.6")
{:ok, libc} = FFI.open(:default)

IO.puts("cos(0) = #{FFI.call(libm, "cos", [:double], :double, [0.0])}")

{:ok, hypot} = FFI.function(libm, "hypot", [:double, :double], :double)
IO.puts("hypot(3, 4) = #{FFI.invoke(hypot, [3.0, 4.0])}")

# snprintf is variadic, which the FFI does not call; strftime fills a buffer
buf = FFI.alloc(64)
time = FFI.alloc(8)
FFI.write(time, :int64, 0)
tm = FFI.call(libc, "gmtime", [:pointer], :pointer, [time])
n = FFI.call(libc, "strftime", [:pointer, :size_t, :string, :pointer], :size_t, [buf, 64, "%Y-%m-%d", tm])
IO.puts("the epoch began on #{FFI.read_bytes(buf, n)}")
FFI.free(time)
FFI.free(buf)

# A dirty call sleeps on another thread while a counter keeps counting.
counter = spawn(fn -> Stream.iterate(0, &(&1 + 1)) |> Enum.each(fn _ -> Process.sleep(10) end) end)
{:reductions, before} = Process.info(counter, :reductions)
FFI.call(libc, "usleep", [:uint], :int, [200_000], dirty: true)
{:reductions, later} = Process.info(counter, :reductions)
IO.puts("the counter ran during the dirty call: #{later > before}")
