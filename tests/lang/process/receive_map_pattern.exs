# receive with map, struct-like, binary and list patterns
defmodule RecvPat do
  def next do
    receive do
      %{type: :greet, name: name} -> "hello #{name}"
      %{type: :add, a: a, b: b} -> a + b
      <<"bin:", rest::binary>> -> {:bin_rest, rest}
      [first, second | _] -> {:two, first, second}
      {:tuple, %{nested: [x | _]}} -> {:nested_head, x}
      other -> {:unmatched, other}
    end
  end

  def run do
    msgs = [%{type: :greet, name: "joe", extra: 1}, %{type: :add, a: 2, b: 3},
            "bin:payload", [1, 2, 3], {:tuple, %{nested: [:h, :t]}}, %{type: :unknown}, [1]]
    Enum.each(msgs, &send(self(), &1))
    for _ <- msgs, do: IO.inspect(next())
  end
end

RecvPat.run()
