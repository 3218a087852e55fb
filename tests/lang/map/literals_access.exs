# map literals, m.key, m[key], update syntax
m = %{a: 1, b: 2}
IO.inspect(m)
IO.inspect(m.a)
IO.inspect(m[:b])
IO.inspect(m[:missing])
IO.inspect(%{m | a: 10})
IO.inspect(%{m | a: 10, b: 20})
s = %{"name" => "Ann", "age" => 30}
IO.inspect(s)
IO.inspect(s["name"])
IO.inspect(s["nope"])
n = %{1 => :one, 2.0 => :two, {:t} => :tuple, [1] => :list, nil => :nil_key}
IO.inspect(n)
IO.inspect(n[1])
IO.inspect(n[2.0])
IO.inspect(n[2])
IO.inspect(n[{:t}])
IO.inspect(n[nil])
IO.inspect(%{})
IO.inspect(map_size(m))
IO.inspect(map_size(%{}))
IO.inspect(%{m | b: %{deep: true}}.b.deep)
