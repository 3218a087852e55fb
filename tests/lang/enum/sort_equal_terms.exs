# Sorting terms that compare equal without being the same (1 and 1.0):
# Enum.sort/1 is OTP's lists:sort/1, whose merge sort is not stable for
# them; sort/2, sort_by and keysort are.
IO.inspect(Enum.sort([1.0, 1, 2, 1.0, 1]))
IO.inspect(Enum.sort([1, 1.0]))
IO.inspect(Enum.sort([1.0, 1]))
IO.inspect(Enum.sort([3, 1.5, 2, 0.5, -1, -1.5, 2.0, 10]))
IO.inspect(Enum.sort([2.0, 1, 2, 1.0, 0, 2, 0.0, 1]))
IO.inspect(Enum.sort([3, 3.0, 1, 2.0, 2, 1.0, 3, 0, 3.0, 2]))
IO.inspect(Enum.sort([5, 4.0, 3, 2.0, 1, 0.0, 1, 2, 3.0, 4, 5.0]))
IO.inspect(Enum.sort([{1, :a}, {1.0, :a}, {0, :b}, {1, :a}]))
IO.inspect(Enum.sort([[1], [1.0], [0.0], [1], [1.0]]))
IO.inspect(:lists.sort([1.0, 1]))
IO.inspect(:lists.sort([1, 1.0]))
IO.inspect(:lists.sort([0, 1, 1.0, 0.0, 2, 1, 2.0, 0, 1.0, 0.0]))

# usort keeps one of each group of equal terms; which one is OTP's choice.
IO.inspect(:lists.usort([1, 1.0]))
IO.inspect(:lists.usort([1.0, 1]))
IO.inspect(:lists.usort([2, 1.0, 2.0, 1, 0, 0.0, 2, 1]))
IO.inspect(:lists.usort([3.0, 3, 2, 2.0, 1.0, 1, 0.0, 0, 3]))
IO.inspect(:lists.usort([:b, :a, :b, "x", :a]))

# sort/2, with :asc, :desc or a function, keeps equal terms in order.
IO.inspect(Enum.sort([1.0, 1, 2, 1.0, 1], :asc))
IO.inspect(Enum.sort([1.0, 1, 2, 1.0, 1], :desc))
IO.inspect(Enum.sort([1.0, 1, 2, 1.0, 1], &<=/2))
IO.inspect(Enum.sort([2, 1.0, 2.0, 1, 0, 0.0], &>=/2))
IO.inspect(Enum.sort([2, 1.0, 2.0, 1, 0, 0.0], &>/2))
IO.inspect(:lists.sort(&>=/2, [1, 2.0, 1.0, 2]))

# Enumerables that are not lists sort stably.
IO.inspect(Enum.sort(Stream.map([2.0, 1, 2, 1.0, 0, 2, 0.0, 1], & &1)))
IO.inspect(Enum.sort(%{1 => :x, 1.0 => :x, 0 => :y}))

# sort_by and keysort.
IO.inspect(Enum.sort_by([1.0, 1, 2, 1.0, 1, 0.0, 0], & &1))
IO.inspect(Enum.sort_by([1.0, 1, 2, 1.0, 1, 0.0, 0], & &1, :desc))
IO.inspect(Enum.sort_by([1.0, 1, 1.0, 1, 0.0, 0], &(-&1)))
IO.inspect(Enum.sort_by(["bb", "a", "cc", "d"], &byte_size/1))
IO.inspect(Enum.sort_by(["bb", "a", "cc", "d"], &byte_size/1, :desc))
pairs = [{1.0, 1.0}, {1, 1}, {1, 1}, {0, :z}, {1.0, 1.0}, {2, :y}]
IO.inspect(:lists.keysort(1, pairs))
IO.inspect(:lists.keysort(2, [{:a, 2}, {:b, 1.0}, {:c, 1}, {:d, 2.0}]))
IO.inspect(List.keysort(pairs, 0))
IO.inspect(List.keysort(pairs, 0, :desc))
IO.inspect(List.keysort([{:a, 2}, {:b, 1.0}, {:c, 1}], 1, &>=/2))

# uniq and dedup compare exactly: 1 and 1.0 are different.
IO.inspect(Enum.uniq([1, 1.0, 1, 2.0, 2]))
IO.inspect(Enum.dedup([1, 1.0, 1.0, 1, 1]))
IO.inspect(Enum.max([1, 2.0, 2]))
IO.inspect(Enum.min([1.0, 1, 3]))
IO.inspect(Enum.min_max([2, 1.0, 1, 2.0]))
IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))
