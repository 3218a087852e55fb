# into: %{}, into: "", into: existing map
IO.inspect(for x <- 1..4, into: %{}, do: {x, x * x})
IO.inspect(for {k, v} <- %{a: 1, b: 2}, into: %{}, do: {v, k})
IO.inspect(for c <- ~w(a b c), into: "", do: String.upcase(c))
IO.inspect(for x <- 1..3, into: "", do: Integer.to_string(x))
IO.inspect(for x <- [:z], into: %{a: 0}, do: {x, 26})
IO.inspect(for <<c <- "hello">>, into: "", do: <<c + 1>>)
IO.inspect(for x <- 1..3, into: [], do: x)
IO.inspect(for w <- ~w(apple bob cat), into: %{}, do: {String.first(w), String.length(w)})
