# expect-exit: 1
# expect-stderr: ** (UndefinedFunctionError) function Nowhere.to_be_found/1 is undefined (module Nowhere is not available)
defmodule Caller do
  def go(m), do: m.to_be_found(1)
end
Caller.go(Nowhere)
