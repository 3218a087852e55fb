# Match operator with nested patterns, rebinding, _ and _x
{a, {b, [c | d]}} = {1, {2, [3, 4, 5]}}
IO.inspect([a, b, c, d])
[_, second, _] = [:x, :y, :z]
IO.inspect(second)
{_ignored, kept} = {:drop, :keep}
IO.inspect(kept)
x = 1
x = x + 1
x = x * 10
IO.puts(x)
{x, y} = {x, x + 1}
IO.inspect({x, y})
z = {p, q} = {3, 4}
IO.inspect({z, p, q})
[first | _] = 'hey'
IO.inspect(first)
{:ok, value} = {:ok, "payload"}
IO.puts(value)
^x = 20
IO.puts("pin matched")
[[1, inner], {}] = [[1, :found], {}]
IO.inspect(inner)
v = (w = 5) + 1
IO.inspect({v, w})
"abc" = "a" <> "bc"
IO.puts("string literal match ok")
IO.inspect(({:tag, n} = {:tag, 9}) |> elem(1))
IO.inspect(n)
