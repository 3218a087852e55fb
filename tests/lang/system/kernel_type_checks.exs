# Kernel type predicates over many values
values = [1, 1.0, :a, "s", 'c', [], [1], {}, {1}, %{}, %{a: 1}, nil, true, 1..2, fn -> 1 end]

for v <- values do
  flags = [
    is_integer(v), is_float(v), is_number(v), is_atom(v), is_binary(v), is_list(v),
    is_tuple(v), is_map(v), is_boolean(v), is_nil(v), is_function(v)
  ]

  label = if is_function(v), do: "fn", else: inspect(v)
  IO.puts(String.pad_trailing(label, 10) <> Enum.map_join(flags, "", fn b -> if b, do: "1", else: "0" end))
end

IO.inspect(is_function(fn x -> x end, 1))
IO.inspect(is_function(fn x -> x end, 2))
IO.inspect(is_function(&Enum.map/2, 2))
