# expect-exit: 1
# expect-stderr: use Foo is not supported
defmodule M do
  use Foo
end
