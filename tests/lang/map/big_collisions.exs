# Keys whose 32-bit map hashes are equal (pairs found by search): OTP
# separates them below level 8 of the trie with a second, salted hash, so
# their order depends on it.
pairs = [{388950, 892162}, {409845, 625435}, {392768, 707725}, {407586, 710891},
         {924938, 968407}, {412884, 605474}, {426156, 967209}, {119919, 827997},
         {38925, 973526}, {542747, 980787}, {689746, 847678}, {41122, 871222}]
show = fn m -> IO.inspect(Map.keys(m), limit: :infinity) end
keys = Enum.flat_map(pairs, fn {a, b} -> [a, b] end)
m = Map.new(keys, &{&1, &1})
show.(m)
m2 = Enum.reduce(Enum.reverse(keys), Map.new(1..10, &{&1, 0}), fn k, acc -> Map.put(acc, k, k) end)
show.(m2)
IO.inspect(Map.drop(m2, Enum.to_list(1..10)) == m)
IO.inspect(Enum.all?(pairs, fn {a, b} -> m[a] == a and m[b] == b end))
base = Map.new(1..31, &{&1, &1})
Enum.each(pairs, fn {a, b} ->
  both = base |> Map.put(b, :b) |> Map.put(a, :a)
  show.(both)
  one = Map.delete(both, a)
  IO.inspect({map_size(one), one[b], Map.has_key?(one, a)})
  show.(Map.put(one, 0, 0))
end)
firsts = Map.new(pairs, fn {a, _} -> {a, :first} end) |> Map.merge(Map.new(100..130, &{&1, 0}))
seconds = Map.new(pairs, fn {_, b} -> {b, :second} end) |> Map.merge(Map.new(120..150, &{&1, 1}))
merged = Map.merge(firsts, seconds)
show.(merged)
IO.inspect({map_size(merged), merged[388950], merged[892162], merged[125]})
gone = Enum.reduce(pairs, merged, fn {a, _}, acc -> Map.delete(acc, a) end)
show.(gone)
