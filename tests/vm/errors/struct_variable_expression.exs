# A struct's module may be a variable only in a pattern.
# expect-exit: 1
# expect-stderr: ** (CompileError)
# expect-stderr: expected struct name to be a compile time atom or alias, got: mod
defmodule P do
  defstruct x: 1
end

defmodule T do
  def run(mod), do: %mod{}
end

T.run(P)
