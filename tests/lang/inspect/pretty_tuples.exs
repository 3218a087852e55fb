# IO.inspect of lists of tuples and long tuples
l = for i <- 1..8, do: {i, "item number #{i}", :status_ok}
IO.inspect(l)
IO.puts(inspect(l))
t = {:a_long_atom_name, "a long string value here", 1234567890, [1, 2, 3], %{k: :v}, :another}
IO.inspect(t)
IO.inspect({:ok, Enum.to_list(1..40)})
IO.inspect([{:error, "first failure reason"}, {:error, "second failure reason that is longer"}])
