# inspect/1 of nested mixed structures (no wrapping)
term = [
  {:user, %{id: 1, name: "ann", roles: [:admin, :dev]}},
  {:user, %{id: 2, name: "bob", roles: []}},
  {:meta, [count: 2, pages: {1, 1}, tags: ~w(x y)]}
]

IO.puts(inspect(term))
IO.inspect([[], [[]], [[], []]])
IO.inspect({{}, {{}}, [{}]})
IO.inspect([1, [2, [3, [4, [5]]]]])
IO.inspect(%{[1, 2] => {3, 4}, {5} => %{6 => [700]}})
IO.inspect([1.0, -0.5, 100, -7])
IO.inspect({:ok, <<1, 2>>, "text", 'cl'})
