# Function captures: &Mod.f/n, local &f/n, &(&1 ...), &{&1, &2}, &[&1]
defmodule Cap do
  def double(x), do: x * 2
  def add(a, b), do: a + b

  def apply_all([], _f), do: []
  def apply_all([h | t], f), do: [f.(h) | apply_all(t, f)]

  def local_capture, do: apply_all([1, 2, 3], &double/1)
  defp square(x), do: x * x
  def private_capture, do: apply_all([1, 2, 3], &square/1)
end

d = &Cap.double/1
IO.inspect(d.(21))
add = &Cap.add/2
IO.inspect(add.(2, 3))
IO.inspect(Cap.local_capture())
IO.inspect(Cap.private_capture())
plus = &(&1 + &2)
IO.inspect(plus.(10, 20))
pair = &{&1, &2}
IO.inspect(pair.(:a, 1))
wrap = &[&1]
IO.inspect(wrap.(9))
swap = &{&2, &1}
IO.inspect(swap.(1, 2))
IO.inspect(Cap.apply_all([1, 2, 3], &(&1 * 100)))
IO.inspect(Cap.apply_all([1, 2, 3], &Cap.add(&1, 1000)))
IO.inspect(Cap.apply_all(["a", "b"], &(&1 <> "!")))
l = &length/1
IO.inspect(l.([1, 2, 3]))
IO.inspect(is_function(plus, 2))
