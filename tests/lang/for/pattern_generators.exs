# pattern generators skip non-matching items
results = [{:ok, 1}, {:error, :bad}, {:ok, 2}, :other, {:ok, 3, :extra}]
IO.inspect(for {:ok, x} <- results, do: x)
IO.inspect(for {:error, r} <- results, do: r)
IO.inspect(for {k, v} <- [a: 1, b: 2], do: "#{k}:#{v}")
IO.inspect(for [a, b] <- [[1, 2], [3], [4, 5], [6, 7, 8]], do: a + b)
IO.inspect(for %{name: n} <- [%{name: "x"}, %{other: 1}, %{name: "y", age: 2}], do: n)
IO.inspect(for {x, x} <- [{1, 1}, {1, 2}, {3, 3}], do: x)
IO.inspect(for <<c <- "hey">>, do: {c, <<c>>})
IO.inspect(for <<c <- "abc">>, c != ?b, do: <<c>>)
IO.inspect(for x when is_integer(x) <- [1, :a, 2, "b", 3], do: x)
