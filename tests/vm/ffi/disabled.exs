# --no-ffi switches the FFI off: every FFI function raises RuntimeError.
# args: --no-ffi
# expect-stdout: enabled: false
# expect-stdout: open: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: open default: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: call: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: function: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: invoke: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: alloc: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: free: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: read: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: write: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: read_bytes: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: write_bytes: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: read_cstring: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stdout: direct: FFI is disabled (--no-ffi, or bl_config.ffi_disabled when embedded)
# expect-stderr: ** (RuntimeError) FFI is disabled
# expect-exit: 1
defmodule Check do
  def message(label, fun) do
    try do
      IO.puts(label <> ": no error: " <> inspect(fun.()))
    rescue
      e in RuntimeError -> IO.puts(label <> ": " <> e.message)
    end
  end
end

IO.puts("enabled: " <> inspect(FFI.enabled?()))
Check.message("open", fn -> FFI.open("libm.so.6") end)
Check.message("open default", fn -> FFI.open(:default) end)
Check.message("call", fn -> FFI.call(%FFI.Library{id: 0}, "cos", [:double], :double, [0.0]) end)
Check.message("function", fn -> FFI.function(%FFI.Library{id: 0}, "cos", [:double], :double) end)
Check.message("invoke", fn -> FFI.invoke(%FFI.Function{id: 0}, [0.0]) end)
Check.message("alloc", fn -> FFI.alloc(8) end)
Check.message("free", fn -> FFI.free(0) end)
Check.message("read", fn -> FFI.read(8, :int) end)
Check.message("write", fn -> FFI.write(8, :int, 1) end)
Check.message("read_bytes", fn -> FFI.read_bytes(8, 1) end)
Check.message("write_bytes", fn -> FFI.write_bytes(8, "x") end)
Check.message("read_cstring", fn -> FFI.read_cstring(8) end)
Check.message("direct", fn -> :beamlet_ffi.call(0, "cos", [:double], :double, [0.0], false) end)
FFI.open("libm.so.6")
