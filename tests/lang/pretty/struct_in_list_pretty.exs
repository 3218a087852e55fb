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

defmodule User do
  defstruct id: nil, name: "", roles: []
end
defmodule Run do
  def go do
    u1 = %User{id: 1, name: "admin", roles: [:admin, :user]}
    u2 = %User{id: 2, name: "guest", roles: [:guest]}
    IO.inspect([u1, u2])
    IO.inspect(%{users: [%User{id: 1}], count: 1})
    IO.puts(inspect(%User{id: 3}))
  end
end
Run.go()
