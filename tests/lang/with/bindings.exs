# variable bindings: pins in with, shadowing, bare expressions
expected = :ok
IO.inspect(with ^expected <- :ok, do: :pinned_match)
IO.inspect(with ^expected <- :nope, do: :pinned_match)
x = 1
r = with x <- x + 1, x <- x * 10, do: x
IO.inspect(r)
IO.inspect(x)

r2 =
  with [h | t] <- [1, 2, 3],
       IO.puts("head #{h}"),
       %{len: l} <- %{len: length(t)} do
    {h, l}
  end

IO.inspect(r2)
