# IO.inspect with label: and wide terms
IO.inspect(Enum.to_list(1..10), label: "small")
IO.inspect(Enum.to_list(1..30), label: "numbers")
IO.inspect(%{a: 1}, label: "map")
v = IO.inspect(:returned, label: "ret")
IO.inspect(v)
IO.inspect("str", label: "a string")
IO.inspect([], label: "empty")
