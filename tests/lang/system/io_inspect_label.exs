# IO.inspect returns its argument; label: option; in pipelines
x =
  [1, 2, 3]
  |> IO.inspect(label: "before")
  |> Enum.map(fn v -> v * 2 end)
  |> IO.inspect(label: "after")

IO.inspect(x == [2, 4, 6])
IO.inspect(%{k: "v"}, label: "map value")
IO.inspect({:a, "b"}, label: "tuple")
IO.inspect(nil, label: "nil")
IO.inspect("text", label: :atom_label)
IO.inspect(42, label: "answer", limit: 1)
IO.inspect(Enum.to_list(1..5), label: "limited", limit: 2)
