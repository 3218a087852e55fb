defmodule FFI.Library do
  @moduledoc """
  A shared library opened by `FFI.open/1`.  `id` indexes the VM's table of
  open libraries; `path` is what was opened (or `:default`).
  """
  defstruct id: nil, path: nil
end

defmodule FFI.Function do
  @moduledoc """
  A C function prepared by `FFI.function/5`, called with `FFI.invoke/2`.
  `id` indexes the VM's table of prepared functions (a libffi call
  interface each, kept until the VM is freed).
  """
  defstruct id: nil, name: nil, arg_types: [], ret_type: nil, dirty: false
end

defmodule FFI do
  @moduledoc """
  Calling C functions in shared libraries, through libffi.

      {:ok, libm} = FFI.open("libm.so.6")
      FFI.call(libm, "cos", [:double], :double, [0.0])      # => 1.0
      {:ok, pow} = FFI.function(libm, "pow", [:double, :double], :double)
      FFI.invoke(pow, [2.0, 10.0])                           # => 1024.0

  Types: `:void` (results only; the result is `:ok`), `:bool`, `:int8`,
  `:uint8`, `:int16`, `:uint16`, `:int32`, `:uint32`, `:int64`, `:uint64`,
  `:int`, `:uint`, `:long`, `:ulong`, `:size_t`, `:ssize_t`, `:float`,
  `:double`, `:pointer` and `:string`.  Integers are range-checked against
  their C type; `:float` and `:double` take floats or integers; `:pointer`
  is an address, a non-negative integer (`nil` passes NULL, NULL comes back
  as 0); `:string` passes a binary as a NUL-terminated copy that lives for
  the call (or `nil` for NULL), and a returned `char *` comes back as a
  binary copied from it, or `nil` for NULL.

  A wrong argument count, a value of the wrong type or range, or an unknown
  type raises `ArgumentError` naming the argument; a library or symbol that
  cannot be found is `{:error, message}` with the dynamic loader's message.
  A float result that is not finite raises `ArithmeticError`.

  Every call charges reductions to the caller.  With `dirty: true` the C
  function runs on a separate thread while the caller waits without holding
  up other processes.

  The FFI can be switched off (`--no-ffi`, or `ffi_disabled` in the
  embedding config); every function here then raises `RuntimeError`,
  except `enabled?/0`.  See docs/FFI.md.
  """

  @doc "Whether the FFI is switched on in this VM."
  def enabled?(), do: :beamlet_ffi.enabled()

  @doc """
  Opens a shared library (`dlopen`): `{:ok, library}` or
  `{:error, message}`.  `:default` stands for the libraries the VM itself
  was linked with (libc, libm).  Opening a library twice gives the same
  library.
  """
  def open(path) do
    case :beamlet_ffi.open(path) do
      {:ok, id} -> {:ok, %FFI.Library{id: id, path: path}}
      error -> error
    end
  end

  @doc """
  Calls the C function `name` of `library` once: the converted result, or
  `{:error, message}` when there is no such symbol.  The only option is
  `dirty: true`, which runs the call on a separate thread.
  """
  def call(library, name, arg_types, ret_type, args, opts \\ []) do
    dirty = dirty?(opts, "FFI.call/6")

    case :beamlet_ffi.call(library_id(library), name, arg_types, ret_type, args, dirty) do
      ref when is_reference(ref) -> await(ref)
      result -> result
    end
  end

  @doc """
  Prepares a C function for repeated calls with `invoke/2`:
  `{:ok, function}` or `{:error, message}` when there is no such symbol.
  With `dirty: true` every invocation runs on a separate thread.
  """
  def function(library, name, arg_types, ret_type, opts \\ []) do
    dirty = dirty?(opts, "FFI.function/5")

    case :beamlet_ffi.function(library_id(library), name, arg_types, ret_type) do
      {:ok, id} ->
        {:ok, %FFI.Function{id: id, name: name, arg_types: arg_types, ret_type: ret_type, dirty: dirty}}

      error ->
        error
    end
  end

  @doc "Calls a function prepared by `function/5` with the list `args`."
  def invoke(%FFI.Function{id: id, dirty: dirty}, args) do
    case :beamlet_ffi.invoke(id, args, dirty) do
      ref when is_reference(ref) -> await(ref)
      result -> result
    end
  end

  def invoke(other, args), do: :beamlet_ffi.invoke(other, args, false)

  @doc """
  Allocates `size` zeroed bytes (`calloc`) and returns their address.  The
  memory is not garbage-collected: release it with `free/1`.
  """
  def alloc(size), do: :beamlet_ffi.alloc(size)

  @doc "Releases memory from `alloc/1` or from C's `malloc` (`free`); NULL (0) is ignored."
  def free(pointer), do: :beamlet_ffi.free(pointer)

  @doc """
  Reads a value of `type` at `pointer + offset` (bytes).  `:string` reads a
  `char *` stored there and returns the string it points to (or `nil`).
  """
  def read(pointer, type, offset \\ 0), do: :beamlet_ffi.read(pointer, type, offset)

  @doc """
  Writes `value` as a `type` at `pointer`; returns `:ok`.  `:string`
  cannot be written: use `write_bytes/2` and store the `:pointer`.
  """
  def write(pointer, type, value), do: :beamlet_ffi.write(pointer, type, 0, value)

  @doc "Writes `value` as a `type` at `pointer + offset` (bytes); returns `:ok`."
  def write(pointer, type, offset, value), do: :beamlet_ffi.write(pointer, type, offset, value)

  @doc "The `n` bytes at `pointer`, as a binary."
  def read_bytes(pointer, n), do: :beamlet_ffi.read_bytes(pointer, n)

  @doc "Copies the bytes of `binary` to `pointer` (no NUL is added); returns `:ok`."
  def write_bytes(pointer, binary), do: :beamlet_ffi.write_bytes(pointer, binary)

  @doc "The NUL-terminated string at `pointer`, as a binary; `nil` for NULL (0)."
  def read_cstring(pointer), do: :beamlet_ffi.read_cstring(pointer)

  defp library_id(%FFI.Library{id: id}), do: id
  defp library_id(other), do: other

  defp dirty?(opts, fun) when is_list(opts) do
    Enum.reduce(opts, false, fn
      {:dirty, value}, _ when is_boolean(value) ->
        value

      {:dirty, value}, _ ->
        raise ArgumentError, fun <> ": the :dirty option must be true or false, got: " <> inspect(value)

      other, _ ->
        raise ArgumentError, fun <> ": unknown option " <> inspect(other) <> " (the only option is :dirty)"
    end)
  end

  defp dirty?(opts, fun) do
    raise ArgumentError, fun <> ": expected a keyword list of options, got: " <> inspect(opts)
  end

  # The reply of a dirty call, sent by the scheduler when the C call returns.
  defp await(ref) do
    receive do
      {^ref, :ok, value} -> value
      {^ref, :error, reason} -> :erlang.error(reason)
    end
  end
end
