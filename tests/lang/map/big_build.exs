# Maps of more than 32 keys, built in every way: their iteration order is
# the hash trie's (as on OTP), the same whichever way they were built.
show = fn m -> IO.inspect(Map.keys(m), limit: :infinity) end

from_range = Map.new(1..60, &{&1, &1 * &1})
show.(from_range)
show.(Map.new(Enum.to_list(60..1), &{&1, &1 * &1}))
show.(Enum.into(Enum.map(1..60, &{&1, &1 * &1}), %{}))
show.(for i <- 1..60, into: %{}, do: {i, i * i})
show.(Enum.reduce(1..60, %{}, fn i, acc -> Map.put(acc, i, i * i) end))
show.(Enum.reduce(60..1, %{}, fn i, acc -> Map.put(acc, i, i * i) end))
show.(:maps.from_list(Enum.map(1..60, &{&1, &1 * &1})))
show.(Map.from_keys(Enum.to_list(1..60), 0))
IO.inspect(from_range == Enum.reduce(60..1, %{}, fn i, acc -> Map.put(acc, i, i * i) end))
IO.inspect(Map.new(1..60, &{&1, &1 * &1}) === Map.new(Enum.map(0..59, &(rem(&1 * 7, 60) + 1)), &{&1, &1 * &1}))

# growing one key at a time across the 32-key boundary
Enum.each(30..35, fn n -> show.(Map.new(1..n, &{&1, true})) end)
grown = Enum.reduce(1..33, %{}, fn i, acc -> Map.put(acc, i * 3, i) end)
show.(grown)

# duplicates in the input: the last value wins; 40 pairs with 30 keys stay flat
dups = Map.new(Enum.map(1..40, &{rem(&1, 30), &1}))
IO.inspect(dups)
dups2 = Map.new(Enum.map(1..90, &{rem(&1, 45), &1}))
show.(dups2)
IO.inspect(dups2[1])

# literal and constructed map expressions with more than 32 keys
literal = %{1 => :a, 2 => :b, 3 => :c, 4 => :d, 5 => :e, 6 => :f, 7 => :g, 8 => :h, 9 => :i,
  10 => :j, 11 => :k, 12 => :l, 13 => :m, 14 => :n, 15 => :o, 16 => :p, 17 => :q, 18 => :r,
  19 => :s, 20 => :t, 21 => :u, 22 => :v, 23 => :w, 24 => :x, 25 => :y, 26 => :z, 27 => :aa,
  28 => :bb, 29 => :cc, 30 => :dd, 31 => :ee, 32 => :ff, 33 => :gg, 34 => :hh, 35 => :ii}
show.(literal)
IO.inspect(literal[35])
x = 100
built = %{1 => x, 2 => x, 3 => x, 4 => x, 5 => x, 6 => x, 7 => x, 8 => x, 9 => x, 10 => x,
  11 => x, 12 => x, 13 => x, 14 => x, 15 => x, 16 => x, 17 => x, 18 => x, 19 => x, 20 => x,
  21 => x, 22 => x, 23 => x, 24 => x, 25 => x, 26 => x, 27 => x, 28 => x, 29 => x, 30 => x,
  31 => x, 32 => x, 33 => x, x => x}
show.(built)
IO.inspect(map_size(built))

# string keys
strings = Map.new(1..50, &{"key#{&1}", &1})
show.(strings)
IO.inspect(Map.new(Enum.reverse(Map.to_list(strings))) == strings)
