# sort sort_by with :asc/:desc and custom functions; stability
l = [5, 3, 8, 1, 9, 2]
IO.inspect(Enum.sort(l))
IO.inspect(Enum.sort(l, :desc))
IO.inspect(Enum.sort(l, :asc))
IO.inspect(Enum.sort(l, fn a, b -> a >= b end))
words = ["pear", "fig", "banana", "kiwi", "apple"]
IO.inspect(Enum.sort_by(words, &String.length/1))
IO.inspect(Enum.sort_by(words, &String.length/1, :desc))
IO.inspect(Enum.sort_by(words, fn w -> {String.length(w), w} end))
IO.inspect(Enum.sort([{2, :b}, {1, :z}, {2, :a}, {1, :a}]))
IO.inspect(Enum.sort([:b, "a", 1, [1], {1}, %{}, 2.0, nil]))
IO.inspect(Enum.sort_by([%{n: 2}, %{n: 1}, %{n: 3}], fn m -> m.n end))
recs = [{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}]
IO.inspect(Enum.sort_by(recs, fn {_, n} -> n end))
IO.inspect(Enum.sort_by(recs, fn {_, n} -> n end, :desc))
IO.inspect(Enum.reverse(l))
IO.inspect(Enum.reverse([1, 2], [3, 4]))
