# guards in with clauses
defmodule G do
  def check(x) do
    with n when is_integer(n) and n > 0 <- x,
         true <- rem(n, 2) == 0 do
      {:even_positive, n}
    else
      n when is_integer(n) -> {:rejected_int, n}
      false -> :odd
      other -> {:not_int, other}
    end
  end
end

for v <- [4, 3, -2, :a, "s"] do
  IO.inspect(G.check(v))
end

IO.inspect(with {:ok, v} when v > 10 <- {:ok, 5}, do: v)
IO.inspect(with {:ok, v} when v > 10 <- {:ok, 50}, do: v)
