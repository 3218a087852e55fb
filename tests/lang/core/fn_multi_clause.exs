# Multi-clause anonymous functions with guards
classify = fn
  0 -> :zero
  n when is_integer(n) and n < 0 -> :neg_int
  n when is_integer(n) -> :pos_int
  f when is_float(f) -> :float
  {a, b} when a == b -> :equal_pair
  {_, _} -> :pair
  _ -> :other
end

IO.inspect(classify.(0))
IO.inspect(classify.(-4))
IO.inspect(classify.(4))
IO.inspect(classify.(0.0))
IO.inspect(classify.({2, 2}))
IO.inspect(classify.({2, 3}))
IO.inspect(classify.("?"))

safe_div = fn
  _, 0 -> {:error, :div_by_zero}
  a, b -> {:ok, div(a, b)}
end
IO.inspect(safe_div.(10, 0))
IO.inspect(safe_div.(10, 3))
