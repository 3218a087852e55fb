# Macros are outside the subset: a clear compile error, not a crash.
# expect-exit: 1
# expect-stderr: ** (CompileError)
# expect-stderr: defmacro is not supported by beamlet
defmodule M do
  defmacro twice(x) do
    x
  end
end
