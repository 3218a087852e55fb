# Functions named like the special forms, defined with do-blocks: the block
# belongs to def, not to the name (found by fuzzing: `def for do` lost its body).
defmodule Named do
  def for do
    :for_body
  end

  def if do
    :if_body
  end

  def case(x) do
    {:case_body, x}
  end

  def receive, do: :receive_body
end

IO.inspect({Named.for(), Named.if(), Named.case(3), Named.receive()})
x = if true do :yes end
IO.inspect(x)
for y <- [1, 2] do IO.inspect(y) end
