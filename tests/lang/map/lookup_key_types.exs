# Lookups, puts and updates with keys of every kind in one map: flat maps
# (at most 32 keys) and hash maps (more), immediate keys (atoms, small
# integers, [], nil) next to boxed ones (floats, big integers, tuples,
# strings, lists).  1 and 1.0 are different keys.
defmodule K do
  def v(x), do: x

  def keys do
    [:a, :zz, 1, 1.0, -1, 0, 0.0, 2, 2.0, nil, true, [], [1], {1}, {1.0}, "s", 18_446_744_073_709_551_616,
     -18_446_744_073_709_551_616, 576_460_752_303_423_487, 576_460_752_303_423_488, :"", %{1 => 2}]
  end

  def probes do
    [:a, :zz, :b, 1, 1.0, -1, -1.0, 0, 0.0, -0.0, 2, 2.0, 3, nil, false, true, [], [1], [1.0], {1}, {1.0}, {}, "s",
     "t", 18_446_744_073_709_551_616, 18_446_744_073_709_551_617, -18_446_744_073_709_551_616,
     576_460_752_303_423_487, 576_460_752_303_423_488, :"", %{1 => 2}, %{1.0 => 2}]
  end

  def show(m) do
    for k <- probes() do
      IO.puts(
        "#{inspect(k)}: get=#{inspect(Map.get(m, k))} get3=#{inspect(Map.get(m, k, :dflt))} " <>
          "fetch=#{inspect(Map.fetch(m, k))} has=#{Map.has_key?(m, k)} " <>
          "match=#{inspect(match(m, k))} guard=#{inspect(guard(m, k))}"
      )
    end
  end

  def match(m, k) do
    case m do
      %{^k => v} -> {:found, v}
      %{} -> :none
    end
  end

  def guard(m, k) when is_map_key(m, k), do: :erlang.map_get(k, m)
  def guard(_, _), do: :none
end

m = K.keys() |> Enum.with_index() |> Map.new()
IO.puts("flat: #{map_size(m)} keys")
IO.inspect(m)
K.show(m)

# Puts of present and new keys keep the map in key order.
m2 = Enum.reduce(K.probes(), m, fn k, acc -> Map.put(acc, k, :put) end)
IO.inspect(map_size(m2))
IO.inspect(Map.keys(m2))
IO.inspect(Map.put(K.v(%{1 => :int}), 1.0, :float))
IO.inspect(Map.put(K.v(%{1.0 => :float}), 1, :int))
IO.inspect(Map.put(K.v(%{b: 1, d: 2}), :c, 3))
IO.inspect(Map.put(K.v(%{b: 1, d: 2}), :a, 0))
IO.inspect(Map.put(K.v(%{b: 1, d: 2}), :e, 4))
IO.inspect(Map.put(K.v(%{b: 1, d: 2}), 5, :int))
IO.inspect(Map.put(K.v(%{}), :a, 1))

# Deletes of present and absent keys.
IO.inspect(Map.delete(K.v(%{1 => :int, 1.0 => :float, a: 1}), 1))
IO.inspect(Map.delete(K.v(%{1 => :int, 1.0 => :float, a: 1}), 1.0))
IO.inspect(Map.delete(K.v(%{1 => :int, 1.0 => :float, a: 1}), :b))
IO.inspect(Map.delete(K.v(%{1 => :int, 1.0 => :float, a: 1}), 2))

# The update syntax, several keys at once, of each kind.
u = K.v(%{1 => :int, 1.0 => :float, :a => 1, {1} => :tuple, "s" => :str})
IO.inspect(%{u | 1 => :int2})
IO.inspect(%{u | 1.0 => :float2})
IO.inspect(%{u | :a => 2, {1} => :tuple2, "s" => :str2, 1 => :i, 1.0 => :f})
IO.inspect(u.a)
IO.inspect(u)

# A map bigger than 32 keys is a hash map: the same operations.
big = Map.merge(m, Map.new(1..40, fn i -> {String.to_atom("k" <> Integer.to_string(i)), i} end))
IO.puts("hash: #{map_size(big)} keys")
K.show(big)
big2 = %{big | :k7 => :seven, 1.0 => :one_float, {1} => :tuple}
IO.inspect({big2.k7, big2[1.0], big2[1], big2[{1}], big2.k8, map_size(big2)})
IO.inspect(Map.replace!(big, :k9, :nine).k9)
IO.inspect(Map.update!(big, 1.0, fn v -> {:was, v} end)[1.0])
IO.inspect(Map.delete(big, :k1) |> Map.delete(:nope) |> map_size())
IO.inspect(big.k40)
