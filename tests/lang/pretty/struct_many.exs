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

defmodule Person do
  defstruct name: nil, age: 0, email: nil, address: nil, phone: nil, tags: []
end
defmodule Run do
  def go do
    IO.inspect(%Person{name: "Alice", age: 30})
    IO.inspect(%Person{name: "Bob Builder", age: 45, email: "bob@example.com", address: "1 Long Street, Springfield", phone: "555-0100", tags: [:a, :b]})
    a = %Person{name: "A"}
    b = %Person{name: "B"}
    IO.inspect([a, b])
  end
end
Run.go()
