defmodule H do
  def seq(a, b) when a > b, do: []
  def seq(a, b), do: [a | seq(a + 1, b)]
  def rep(_x, 0), do: []
  def rep(x, n), do: [x | rep(x, n - 1)]
  def strs(0), do: []
  def strs(n), do: ["item number " <> Integer.to_string(n) | strs(n - 1)]
  def nest(x, 0), do: x
  def nest(x, n), do: nest([x], n - 1)
end

defmodule Pt do
  defstruct x: 0, y: 0
end
defmodule Line do
  defstruct from: nil, to: nil, label: ""
end
defmodule Run do
  def go do
    p1 = %Pt{x: 1, y: 2}
    p2 = %Pt{x: 3, y: 4}
    IO.inspect(%Line{from: p1, to: p2})
    p3 = %Pt{x: 100000, y: 200000}
    p4 = %Pt{x: 300000, y: 400000}
    IO.inspect(%Line{from: p3, to: p4, label: "a long label for this line"})
    IO.inspect(%{line: %Line{}})
  end
end
Run.go()
