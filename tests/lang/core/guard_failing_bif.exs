# A guard that raises (e.g. hd([]) or elem out of range) simply fails the clause
defmodule SafeGuard do
  def first_is_one(x) when hd(x) == 1, do: :yes
  def first_is_one(_), do: :no

  def third(t) when elem(t, 2) > 0, do: :positive_third
  def third(_), do: :no_third

  def len_ok(x) when length(x) < 3, do: :short
  def len_ok(_), do: :not_short_or_not_list
end

IO.inspect(SafeGuard.first_is_one([1, 2]))
IO.inspect(SafeGuard.first_is_one([2]))
IO.inspect(SafeGuard.first_is_one([]))
IO.inspect(SafeGuard.first_is_one(:atom))
IO.inspect(SafeGuard.third({1, 2, 3}))
IO.inspect(SafeGuard.third({1, 2}))
IO.inspect(SafeGuard.third({1, 2, -3}))
IO.inspect(SafeGuard.third(:x))
IO.inspect(SafeGuard.len_ok([1]))
IO.inspect(SafeGuard.len_ok([1, 2, 3]))
IO.inspect(SafeGuard.len_ok("abc"))
