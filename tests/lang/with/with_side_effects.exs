# with evaluates clauses in order and stops at the first mismatch
step = fn n, result ->
  IO.puts("step #{n}")
  result
end

r1 =
  with :ok <- step.(1, :ok),
       :ok <- step.(2, :ok),
       :ok <- step.(3, :ok) do
    :all_ok
  end

IO.inspect(r1)

r2 =
  with :ok <- step.(1, :ok),
       :ok <- step.(2, {:error, 2}),
       :ok <- step.(3, :ok) do
    :all_ok
  end

IO.inspect(r2)

r3 =
  with :ok <- step.(1, :fail) do
    :unreached
  else
    :fail ->
      IO.puts("else branch")
      :recovered
  end

IO.inspect(r3)
