# IO.inspect/inspect with explicit width: and pretty: options
l = Enum.to_list(1..20)
IO.inspect(l, width: 30)
IO.puts(inspect(l, pretty: true, width: 20))
IO.inspect(%{alpha: 1, beta: 2, gamma: 3}, width: 10)
IO.inspect([a: 1, b: 2], width: 5)
