# keyword lists as trailing arguments and in data
defmodule K do
  def show(label, opts), do: IO.puts("#{label}: #{inspect(opts)}")
  def pair(a, b), do: {a, b}
end

K.show("one", a: 1)
K.show("two", a: 1, b: "two")
K.show("explicit", [{:c, 3}])
IO.inspect(K.pair(:x, y: 1, z: 2))
IO.inspect([1, 2, three: 3])
IO.inspect({:tuple, key: :val})
IO.inspect(%{opts: [depth: 2]})
x = [if: 1, do: 2, else: 3, fn: 4, end: 5]
IO.inspect(x)
IO.inspect(Keyword.get(x, :do))
