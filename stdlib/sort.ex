defmodule :beamlet_sort do
  @moduledoc """
  OTP's lists:sort/1 and lists:usort/1, clause for clause.

  The C built-ins sort every list whose equal elements are all the same
  term.  A list that also holds terms that compare equal without being the
  same (1 and 1.0, {1} and {1.0}) comes here: OTP's merge sort splits the
  list into ascending and descending runs and merges them three at a time,
  and which of two such terms ends up first (or, for usort, is kept) follows
  from exactly those steps.  Erlang's `=<` is `<=` here.
  """

  # ------------------------------------------------------------------
  # sort/1

  @doc "lists:sort/1."
  def sort([x, y | l] = l0) when x <= y do
    case l do
      [] -> l0
      [z] when y <= z -> l0
      [z] when x <= z -> [x, z, y]
      [z] -> [z, x, y]
      _ when x == y -> sort_1(y, l, [x])
      _ -> split_1(x, y, l, [], [])
    end
  end

  def sort([x, y | l]) do
    case l do
      [] -> [y, x]
      [z] when x <= z -> [y, x | l]
      [z] when y <= z -> [y, z, x]
      [z] -> [z, y, x]
      _ -> split_2(x, y, l, [], [])
    end
  end

  def sort([_] = l), do: l
  def sort([] = l), do: l

  defp sort_1(x, [y | l], r) when x == y, do: sort_1(y, l, [x | r])
  defp sort_1(x, [y | l], r) when x < y, do: split_1(x, y, l, r, [])
  defp sort_1(x, [y | l], r), do: split_2(x, y, l, r, [])
  defp sort_1(x, [], r), do: :lists.reverse(r, [x])

  # Ascending runs.
  defp split_1(x, y, [z | l], r, rs) when z >= y, do: split_1(y, z, l, [x | r], rs)
  defp split_1(x, y, [z | l], r, rs) when z >= x, do: split_1(z, y, l, [x | r], rs)
  defp split_1(x, y, [z | l], [], rs), do: split_1(x, y, l, [z], rs)
  defp split_1(x, y, [z | l], r, rs), do: split_1_1(x, y, l, r, rs, z)
  defp split_1(x, y, [], r, rs), do: rmergel([[y, x | r] | rs], [])

  defp split_1_1(x, y, [z | l], r, rs, s) when z >= y, do: split_1_1(y, z, l, [x | r], rs, s)
  defp split_1_1(x, y, [z | l], r, rs, s) when z >= x, do: split_1_1(z, y, l, [x | r], rs, s)
  defp split_1_1(x, y, [z | l], r, rs, s) when s <= z, do: split_1(s, z, l, [], [[y, x | r] | rs])
  defp split_1_1(x, y, [z | l], r, rs, s), do: split_1(z, s, l, [], [[y, x | r] | rs])
  defp split_1_1(x, y, [], r, rs, s), do: rmergel([[s], [y, x | r] | rs], [])

  # Descending runs.
  defp split_2(x, y, [z | l], r, rs) when z <= y, do: split_2(y, z, l, [x | r], rs)
  defp split_2(x, y, [z | l], r, rs) when z <= x, do: split_2(z, y, l, [x | r], rs)
  defp split_2(x, y, [z | l], [], rs), do: split_2(x, y, l, [z], rs)
  defp split_2(x, y, [z | l], r, rs), do: split_2_1(x, y, l, r, rs, z)
  defp split_2(x, y, [], r, rs), do: mergel([[y, x | r] | rs], [])

  defp split_2_1(x, y, [z | l], r, rs, s) when z <= y, do: split_2_1(y, z, l, [x | r], rs, s)
  defp split_2_1(x, y, [z | l], r, rs, s) when z <= x, do: split_2_1(z, y, l, [x | r], rs, s)
  defp split_2_1(x, y, [z | l], r, rs, s) when s > z, do: split_2(s, z, l, [], [[y, x | r] | rs])
  defp split_2_1(x, y, [z | l], r, rs, s), do: split_2(z, s, l, [], [[y, x | r] | rs])
  defp split_2_1(x, y, [], r, rs, s), do: mergel([[s], [y, x | r] | rs], [])

  # Merging the runs, alternately ascending and descending.
  defp mergel([[] | l], acc), do: mergel(l, acc)
  defp mergel([t1, [h2 | t2], [h3 | t3] | l], acc), do: mergel(l, [merge3_1(t1, [], h2, t2, h3, t3) | acc])
  defp mergel([t1, [h2 | t2]], acc), do: rmergel([merge2_1(t1, h2, t2, []) | acc], [])
  defp mergel([l], []), do: l
  defp mergel([l], acc), do: rmergel([:lists.reverse(l, []) | acc], [])
  defp mergel([], []), do: []
  defp mergel([], acc), do: rmergel(acc, [])
  defp mergel([a, [] | l], acc), do: mergel([a | l], acc)
  defp mergel([a, b, [] | l], acc), do: mergel([a, b | l], acc)

  defp rmergel([[h3 | t3], [h2 | t2], t1 | l], acc), do: rmergel(l, [rmerge3_1(t1, [], h2, t2, h3, t3) | acc])
  defp rmergel([[h2 | t2], t1], acc), do: mergel([rmerge2_1(t1, h2, t2, []) | acc], [])
  defp rmergel([l], acc), do: mergel([:lists.reverse(l, []) | acc], [])
  defp rmergel([], acc), do: mergel(acc, [])

  defp merge3_1([h1 | t1], m, h2, t2, h3, t3) when h1 <= h2, do: merge3_12(t1, h1, h2, t2, h3, t3, m)
  defp merge3_1([h1 | t1], m, h2, t2, h3, t3), do: merge3_21(t1, h1, h2, t2, h3, t3, m)
  defp merge3_1([], m, h2, t2, h3, t3) when h2 <= h3, do: merge2_1(t2, h3, t3, [h2 | m])
  defp merge3_1([], m, h2, t2, h3, t3), do: merge2_2(t2, h3, t3, m, h2)

  defp merge3_2(t1, h1, m, [h2 | t2], h3, t3) when h1 <= h2, do: merge3_12(t1, h1, h2, t2, h3, t3, m)
  defp merge3_2(t1, h1, m, [h2 | t2], h3, t3), do: merge3_21(t1, h1, h2, t2, h3, t3, m)
  defp merge3_2(t1, h1, m, [], h3, t3) when h1 <= h3, do: merge2_1(t1, h3, t3, [h1 | m])
  defp merge3_2(t1, h1, m, [], h3, t3), do: merge2_2(t1, h3, t3, m, h1)

  defp merge3_12(t1, h1, h2, t2, h3, t3, m) when h1 <= h3, do: merge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp merge3_12(t1, h1, h2, t2, h3, t3, m), do: merge3_12_3(t1, h1, h2, t2, [h3 | m], t3)

  defp merge3_12_3(t1, h1, h2, t2, m, [h3 | t3]) when h1 <= h3, do: merge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp merge3_12_3(t1, h1, h2, t2, m, [h3 | t3]), do: merge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp merge3_12_3(t1, h1, h2, t2, m, []), do: merge2_1(t1, h2, t2, [h1 | m])

  defp merge3_21(t1, h1, h2, t2, h3, t3, m) when h2 <= h3, do: merge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp merge3_21(t1, h1, h2, t2, h3, t3, m), do: merge3_21_3(t1, h1, h2, t2, [h3 | m], t3)

  defp merge3_21_3(t1, h1, h2, t2, m, [h3 | t3]) when h2 <= h3, do: merge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp merge3_21_3(t1, h1, h2, t2, m, [h3 | t3]), do: merge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp merge3_21_3(t1, h1, h2, t2, m, []), do: merge2_2(t1, h2, t2, m, h1)

  defp rmerge3_1([h1 | t1], m, h2, t2, h3, t3) when h1 <= h2, do: rmerge3_12(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_1([h1 | t1], m, h2, t2, h3, t3), do: rmerge3_21(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_1([], m, h2, t2, h3, t3) when h2 <= h3, do: rmerge2_2(t2, h3, t3, m, h2)
  defp rmerge3_1([], m, h2, t2, h3, t3), do: rmerge2_1(t2, h3, t3, [h2 | m])

  defp rmerge3_2(t1, h1, m, [h2 | t2], h3, t3) when h1 <= h2, do: rmerge3_12(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_2(t1, h1, m, [h2 | t2], h3, t3), do: rmerge3_21(t1, h1, h2, t2, h3, t3, m)
  defp rmerge3_2(t1, h1, m, [], h3, t3) when h1 <= h3, do: rmerge2_2(t1, h3, t3, m, h1)
  defp rmerge3_2(t1, h1, m, [], h3, t3), do: rmerge2_1(t1, h3, t3, [h1 | m])

  defp rmerge3_12(t1, h1, h2, t2, h3, t3, m) when h2 <= h3, do: rmerge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_12(t1, h1, h2, t2, h3, t3, m), do: rmerge3_2(t1, h1, [h2 | m], t2, h3, t3)

  defp rmerge3_12_3(t1, h1, h2, t2, m, [h3 | t3]) when h2 <= h3, do: rmerge3_12_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_12_3(t1, h1, h2, t2, m, [h3 | t3]), do: rmerge3_2(t1, h1, [h2 | m], t2, h3, t3)
  defp rmerge3_12_3(t1, h1, h2, t2, m, []), do: rmerge2_2(t1, h2, t2, m, h1)

  defp rmerge3_21(t1, h1, h2, t2, h3, t3, m) when h1 <= h3, do: rmerge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_21(t1, h1, h2, t2, h3, t3, m), do: rmerge3_1(t1, [h1 | m], h2, t2, h3, t3)

  defp rmerge3_21_3(t1, h1, h2, t2, m, [h3 | t3]) when h1 <= h3, do: rmerge3_21_3(t1, h1, h2, t2, [h3 | m], t3)
  defp rmerge3_21_3(t1, h1, h2, t2, m, [h3 | t3]), do: rmerge3_1(t1, [h1 | m], h2, t2, h3, t3)
  defp rmerge3_21_3(t1, h1, h2, t2, m, []), do: rmerge2_1(t1, h2, t2, [h1 | m])

  defp merge2_1([h1 | t1], h2, t2, m) when h1 <= h2, do: merge2_1(t1, h2, t2, [h1 | m])
  defp merge2_1([h1 | t1], h2, t2, m), do: merge2_2(t1, h2, t2, m, h1)
  defp merge2_1([], h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp merge2_2(t1, hdm, [h2 | t2], m, h1) when h1 <= h2, do: merge2_1(t1, h2, t2, [h1, hdm | m])
  defp merge2_2(t1, hdm, [h2 | t2], m, h1), do: merge2_2(t1, h2, t2, [hdm | m], h1)
  defp merge2_2(t1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])

  defp rmerge2_1([h1 | t1], h2, t2, m) when h1 <= h2, do: rmerge2_2(t1, h2, t2, m, h1)
  defp rmerge2_1([h1 | t1], h2, t2, m), do: rmerge2_1(t1, h2, t2, [h1 | m])
  defp rmerge2_1([], h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rmerge2_2(t1, hdm, [h2 | t2], m, h1) when h1 <= h2, do: rmerge2_2(t1, h2, t2, [hdm | m], h1)
  defp rmerge2_2(t1, hdm, [h2 | t2], m, h1), do: rmerge2_1(t1, h2, t2, [h1, hdm | m])
  defp rmerge2_2(t1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])

  # ------------------------------------------------------------------
  # usort/1

  @doc "lists:usort/1."
  def usort([x, y | l] = l0) when x < y do
    case l do
      [] -> l0
      [z] when y < z -> l0
      [z] when y == z -> [x, y]
      [z] when z < x -> [z, x, y]
      [z] when z == x -> [x, y]
      [z] -> [x, z, y]
      _ -> usplit_1(x, y, l, [], [])
    end
  end

  def usort([x, y | l]) when x > y do
    case l do
      [] -> [y, x]
      [z] when x < z -> [y, x | l]
      [z] when x == z -> [y, x]
      [z] when z < y -> [z, y, x]
      [z] when z == y -> [y, x]
      [z] -> [y, z, x]
      _ -> usplit_2(x, y, l, [], [])
    end
  end

  def usort([x, _y | l]), do: usort_1(x, l)
  def usort([_] = l), do: l
  def usort([]), do: []

  defp usort_1(x, [y | l]) when x == y, do: usort_1(x, l)
  defp usort_1(x, [y | l]) when x < y, do: usplit_1(x, y, l, [], [])
  defp usort_1(x, [y | l]), do: usplit_2(x, y, l, [], [])
  defp usort_1(x, []), do: [x]

  # Ascending runs, dropping equals.
  defp usplit_1(x, y, [z | l], r, rs) when z > y, do: usplit_1(y, z, l, [x | r], rs)
  defp usplit_1(x, y, [z | l], r, rs) when z == y, do: usplit_1(x, y, l, r, rs)
  defp usplit_1(x, y, [z | l], r, rs) when z > x, do: usplit_1(z, y, l, [x | r], rs)
  defp usplit_1(x, y, [z | l], r, rs) when z == x, do: usplit_1(x, y, l, r, rs)
  defp usplit_1(x, y, [z | l], [], rs), do: usplit_1(x, y, l, [z], rs)
  defp usplit_1(x, y, [z | l], r, rs), do: usplit_1_1(x, y, l, r, rs, z)
  defp usplit_1(x, y, [], r, rs), do: rumergel([[y, x | r] | rs], [], :asc)

  defp usplit_1_1(x, y, [z | l], r, rs, s) when z > y, do: usplit_1_1(y, z, l, [x | r], rs, s)
  defp usplit_1_1(x, y, [z | l], r, rs, s) when z == y, do: usplit_1_1(x, y, l, r, rs, s)
  defp usplit_1_1(x, y, [z | l], r, rs, s) when z > x, do: usplit_1_1(z, y, l, [x | r], rs, s)
  defp usplit_1_1(x, y, [z | l], r, rs, s) when z == x, do: usplit_1_1(x, y, l, r, rs, s)
  defp usplit_1_1(x, y, [z | l], r, rs, s) when z > s, do: usplit_1(s, z, l, [], [[y, x | r] | rs])
  defp usplit_1_1(x, y, [z | l], r, rs, s) when z == s, do: usplit_1_1(x, y, l, r, rs, s)
  defp usplit_1_1(x, y, [z | l], r, rs, s), do: usplit_1(z, s, l, [], [[y, x | r] | rs])
  defp usplit_1_1(x, y, [], r, rs, s), do: rumergel([[s], [y, x | r] | rs], [], :asc)

  # Descending runs, dropping equals.
  defp usplit_2(x, y, [z | l], r, rs) when z < y, do: usplit_2(y, z, l, [x | r], rs)
  defp usplit_2(x, y, [z | l], r, rs) when z == y, do: usplit_2(x, y, l, r, rs)
  defp usplit_2(x, y, [z | l], r, rs) when z < x, do: usplit_2(z, y, l, [x | r], rs)
  defp usplit_2(x, y, [z | l], r, rs) when z == x, do: usplit_2(x, y, l, r, rs)
  defp usplit_2(x, y, [z | l], [], rs), do: usplit_2(x, y, l, [z], rs)
  defp usplit_2(x, y, [z | l], r, rs), do: usplit_2_1(x, y, l, r, rs, z)
  defp usplit_2(x, y, [], r, rs), do: umergel([[y, x | r] | rs], [], :desc)

  defp usplit_2_1(x, y, [z | l], r, rs, s) when z < y, do: usplit_2_1(y, z, l, [x | r], rs, s)
  defp usplit_2_1(x, y, [z | l], r, rs, s) when z == y, do: usplit_2_1(x, y, l, r, rs, s)
  defp usplit_2_1(x, y, [z | l], r, rs, s) when z < x, do: usplit_2_1(z, y, l, [x | r], rs, s)
  defp usplit_2_1(x, y, [z | l], r, rs, s) when z == x, do: usplit_2_1(x, y, l, r, rs, s)
  defp usplit_2_1(x, y, [z | l], r, rs, s) when z < s, do: usplit_2(s, z, l, [], [[y, x | r] | rs])
  defp usplit_2_1(x, y, [z | l], r, rs, s) when z == s, do: usplit_2_1(x, y, l, r, rs, s)
  defp usplit_2_1(x, y, [z | l], r, rs, s), do: usplit_2(z, s, l, [], [[y, x | r] | rs])
  defp usplit_2_1(x, y, [], r, rs, s), do: umergel([[s], [y, x | r] | rs], [], :desc)

  defp umergel([[] | l], acc, o), do: umergel(l, acc, o)

  defp umergel([t1, [h2 | t2], [h3 | t3] | l], acc, :asc),
    do: umergel(l, [umerge3_1(t1, [h2 | h3], t2, h2, [], t3, h3) | acc], :asc)

  defp umergel([[h3 | t3], [h2 | t2], t1 | l], acc, :desc),
    do: umergel(l, [umerge3_1(t1, [h2 | h3], t2, h2, [], t3, h3) | acc], :desc)

  defp umergel([a, [] | l], acc, o), do: umergel([a | l], acc, o)
  defp umergel([a, b, [] | l], acc, o), do: umergel([a, b | l], acc, o)
  defp umergel([[h1 | t1], t2 | l], acc, :asc), do: umergel(l, [umerge2_2(t1, t2, [], h1) | acc], :asc)
  defp umergel([t2, [h1 | t1] | l], acc, :desc), do: umergel(l, [umerge2_2(t1, t2, [], h1) | acc], :desc)
  defp umergel([l], [], _o), do: l
  defp umergel([l], acc, o), do: rumergel([:lists.reverse(l, []) | acc], [], o)
  defp umergel([], [], _o), do: []
  defp umergel([], acc, o), do: rumergel(acc, [], o)

  defp rumergel([[h3 | t3], [h2 | t2], t1 | l], acc, :asc),
    do: rumergel(l, [rumerge3_1(t1, t2, h2, [], t3, h3) | acc], :asc)

  defp rumergel([t1, [h2 | t2], [h3 | t3] | l], acc, :desc),
    do: rumergel(l, [rumerge3_1(t1, t2, h2, [], t3, h3) | acc], :desc)

  defp rumergel([[h2 | t2], t1 | l], acc, :asc), do: rumergel(l, [rumerge2_1(t1, t2, [], h2) | acc], :asc)
  defp rumergel([t1, [h2 | t2] | l], acc, :desc), do: rumergel(l, [rumerge2_1(t1, t2, [], h2) | acc], :desc)
  defp rumergel([l], acc, o), do: umergel([:lists.reverse(l, []) | acc], [], o)
  defp rumergel([], acc, o), do: umergel(acc, [], o)

  defp umerge3_1([h1 | t1], hdm, t2, h2, m, t3, h3) when h1 <= h2, do: umerge3_12(t1, h1, t2, h2, m, t3, h3, hdm)
  defp umerge3_1([h1 | t1], hdm, t2, h2, m, t3, h3) when h2 == hdm, do: umerge3_2(t1, h1, t2, h2, m, t3, h3)
  defp umerge3_1([h1 | t1], hdm, t2, h2, m, t3, h3), do: umerge3_21(t1, h1, t2, h2, m, t3, h3, hdm)
  defp umerge3_1([], hdm, t2, h2, m, t3, h3) when h2 == hdm, do: umerge2_1(t2, t3, m, hdm, h3)
  defp umerge3_1([], _hdm, t2, h2, m, t3, h3) when h2 <= h3, do: umerge2_1(t2, t3, [h2 | m], h2, h3)
  defp umerge3_1([], hdm, t2, h2, m, t3, h3) when h3 == hdm, do: umerge2_2(t2, t3, m, h2)
  defp umerge3_1([], _hdm, t2, h2, m, t3, h3), do: umerge2_2(t2, t3, [h3 | m], h2)

  defp umerge3_2(t1, h1, [h2 | t2], hdm, m, t3, h3) when h1 <= h2, do: umerge3_12(t1, h1, t2, h2, m, t3, h3, hdm)
  defp umerge3_2(t1, h1, [h2 | t2], hdm, m, t3, h3), do: umerge3_21(t1, h1, t2, h2, m, t3, h3, hdm)
  defp umerge3_2(t1, h1, [], _hdm, m, t3, h3) when h1 <= h3, do: umerge2_1(t1, t3, [h1 | m], h1, h3)
  defp umerge3_2(t1, h1, [], hdm, m, t3, h3) when h3 == hdm, do: umerge2_2(t1, t3, m, h1)
  defp umerge3_2(t1, h1, [], _hdm, m, t3, h3), do: umerge2_2(t1, t3, [h3 | m], h1)

  defp umerge3_12(t1, h1, t2, h2, m, t3, h3, _hdm) when h1 <= h3, do: umerge3_1(t1, h1, t2, h2, [h1 | m], t3, h3)
  defp umerge3_12(t1, h1, t2, h2, m, t3, h3, hdm) when h3 == hdm, do: umerge3_12_3(t1, h1, t2, h2, m, t3)
  defp umerge3_12(t1, h1, t2, h2, m, t3, h3, _hdm), do: umerge3_12_3(t1, h1, t2, h2, [h3 | m], t3)

  defp umerge3_12_3(t1, h1, t2, h2, m, [h3 | t3]) when h1 <= h3, do: umerge3_1(t1, h1, t2, h2, [h1 | m], t3, h3)
  defp umerge3_12_3(t1, h1, t2, h2, m, [h3 | t3]), do: umerge3_12_3(t1, h1, t2, h2, [h3 | m], t3)
  defp umerge3_12_3(t1, h1, t2, h2, m, []), do: umerge2_1(t1, t2, [h1 | m], h1, h2)

  defp umerge3_21(t1, h1, t2, h2, m, t3, h3, _hdm) when h2 <= h3, do: umerge3_2(t1, h1, t2, h2, [h2 | m], t3, h3)
  defp umerge3_21(t1, h1, t2, h2, m, t3, h3, hdm) when h3 == hdm, do: umerge3_21_3(t1, h1, t2, h2, m, t3)
  defp umerge3_21(t1, h1, t2, h2, m, t3, h3, _hdm), do: umerge3_21_3(t1, h1, t2, h2, [h3 | m], t3)

  defp umerge3_21_3(t1, h1, t2, h2, m, [h3 | t3]) when h2 <= h3, do: umerge3_2(t1, h1, t2, h2, [h2 | m], t3, h3)
  defp umerge3_21_3(t1, h1, t2, h2, m, [h3 | t3]), do: umerge3_21_3(t1, h1, t2, h2, [h3 | m], t3)
  defp umerge3_21_3(t1, h1, t2, h2, m, []), do: umerge2_2(t1, t2, [h2 | m], h1)

  defp rumerge3_1([h1 | t1], t2, h2, m, t3, h3) when h1 <= h2, do: rumerge3_12a(t1, h1, t2, h2, m, t3, h3)
  defp rumerge3_1([h1 | t1], t2, h2, m, t3, h3) when h1 <= h3, do: rumerge3_21_3(t1, t2, h2, m, t3, h3, h1)
  defp rumerge3_1([h1 | t1], t2, h2, m, t3, h3), do: rumerge3_1(t1, t2, h2, [h1 | m], t3, h3)
  defp rumerge3_1([], t2, h2, m, t3, h3) when h2 <= h3, do: rumerge2_2(t2, t3, m, h3, h2)
  defp rumerge3_1([], t2, h2, m, t3, h3), do: rumerge2_1(t2, t3, [h2 | m], h3)

  defp rumerge3_12a(t1, h1, t2, h2, m, t3, h3) when h2 <= h3, do: rumerge3_12_3(t1, t2, h2, m, t3, h3, h1)
  defp rumerge3_12a(t1, h1, t2, h2, m, t3, h3), do: rumerge3_2(t1, t2, h2, m, t3, h3, h1)

  defp rumerge3_2(t1, [h2 | t2], h2m, m, t3, h3, h1) when h1 <= h2, do: rumerge3_12b(t1, h1, t2, h2, m, t3, h3, h2m)
  defp rumerge3_2(t1, [h2 | t2], h2m, m, t3, h3, h1) when h1 == h2m, do: rumerge3_1(t1, t2, h2, [h1 | m], t3, h3)
  defp rumerge3_2(t1, [h2 | t2], h2m, m, t3, h3, h1) when h1 <= h3, do: rumerge3_21_3(t1, t2, h2, [h2m | m], t3, h3, h1)
  defp rumerge3_2(t1, [h2 | t2], h2m, m, t3, h3, h1), do: rumerge3_1(t1, t2, h2, [h1, h2m | m], t3, h3)
  defp rumerge3_2(t1, [], h2m, m, t3, h3, h1) when h1 == h2m, do: rumerge2_1(t1, t3, [h1 | m], h3)
  defp rumerge3_2(t1, [], h2m, m, t3, h3, h1) when h1 <= h3, do: rumerge2_2(t1, t3, [h2m | m], h3, h1)
  defp rumerge3_2(t1, [], h2m, m, t3, h3, h1), do: rumerge2_1(t1, t3, [h1, h2m | m], h3)

  defp rumerge3_12b(t1, h1, t2, h2, m, t3, h3, h2m) when h2 <= h3, do: rumerge3_12_3(t1, t2, h2, [h2m | m], t3, h3, h1)
  defp rumerge3_12b(t1, h1, t2, h2, m, t3, h3, h2m), do: rumerge3_2(t1, t2, h2, [h2m | m], t3, h3, h1)

  defp rumerge3_12_3(t1, t2, h2, m, [h3 | t3], h3m, h1) when h2 <= h3, do: rumerge3_12_3(t1, t2, h2, [h3m | m], t3, h3, h1)
  defp rumerge3_12_3(t1, t2, h2, m, [h3 | t3], h3m, h1) when h2 == h3m, do: rumerge3_2(t1, t2, h2, m, t3, h3, h1)
  defp rumerge3_12_3(t1, t2, h2, m, [h3 | t3], h3m, h1), do: rumerge3_2(t1, t2, h2, [h3m | m], t3, h3, h1)
  defp rumerge3_12_3(t1, t2, h2, m, [], h3m, h1) when h2 == h3m, do: rumerge2_2(t1, t2, m, h2, h1)
  defp rumerge3_12_3(t1, t2, h2, m, [], h3m, h1), do: rumerge2_2(t1, t2, [h3m | m], h2, h1)

  defp rumerge3_21_3(t1, t2, h2, m, [h3 | t3], h3m, h1) when h1 <= h3, do: rumerge3_21_3(t1, t2, h2, [h3m | m], t3, h3, h1)
  defp rumerge3_21_3(t1, t2, h2, m, [h3 | t3], h3m, h1) when h1 == h3m, do: rumerge3_1(t1, t2, h2, [h1 | m], t3, h3)
  defp rumerge3_21_3(t1, t2, h2, m, [h3 | t3], h3m, h1), do: rumerge3_1(t1, t2, h2, [h1, h3m | m], t3, h3)
  defp rumerge3_21_3(t1, t2, h2, m, [], h3m, h1) when h1 == h3m, do: rumerge2_1(t1, t2, [h1 | m], h2)
  defp rumerge3_21_3(t1, t2, h2, m, [], h3m, h1), do: rumerge2_1(t1, t2, [h1, h3m | m], h2)

  defp umerge2_1([h1 | t1], t2, m, _hdm, h2) when h1 <= h2, do: umerge2_1(t1, t2, [h1 | m], h1, h2)
  defp umerge2_1([h1 | t1], t2, m, hdm, h2) when h2 == hdm, do: umerge2_2(t1, t2, m, h1)
  defp umerge2_1([h1 | t1], t2, m, _hdm, h2), do: umerge2_2(t1, t2, [h2 | m], h1)
  defp umerge2_1([], t2, m, hdm, h2) when h2 == hdm, do: :lists.reverse(t2, m)
  defp umerge2_1([], t2, m, _hdm, h2), do: :lists.reverse(t2, [h2 | m])

  defp umerge2_2(t1, [h2 | t2], m, h1) when h1 <= h2, do: umerge2_1(t1, t2, [h1 | m], h1, h2)
  defp umerge2_2(t1, [h2 | t2], m, h1), do: umerge2_2(t1, t2, [h2 | m], h1)
  defp umerge2_2(t1, [], m, h1), do: :lists.reverse(t1, [h1 | m])

  defp rumerge2_1([h1 | t1], t2, m, h2) when h1 <= h2, do: rumerge2_2(t1, t2, m, h2, h1)
  defp rumerge2_1([h1 | t1], t2, m, h2), do: rumerge2_1(t1, t2, [h1 | m], h2)
  defp rumerge2_1([], t2, m, h2), do: :lists.reverse(t2, [h2 | m])

  defp rumerge2_2(t1, [h2 | t2], m, h2m, h1) when h1 <= h2, do: rumerge2_2(t1, t2, [h2m | m], h2, h1)
  defp rumerge2_2(t1, [h2 | t2], m, h2m, h1) when h1 == h2m, do: rumerge2_1(t1, t2, [h1 | m], h2)
  defp rumerge2_2(t1, [h2 | t2], m, h2m, h1), do: rumerge2_1(t1, t2, [h1, h2m | m], h2)
  defp rumerge2_2(t1, [], m, h2m, h1) when h1 == h2m, do: :lists.reverse(t1, [h1 | m])
  defp rumerge2_2(t1, [], m, h2m, h1), do: :lists.reverse(t1, [h1, h2m | m])

  # ------------------------------------------------------------------
  # keysort/2

  @doc "lists:keysort/2."
  def keysort(i, l) when is_integer(i) and i > 0 do
    case l do
      [] -> l
      [_] -> l
      [x, y | t] -> keysort_2(i, x, y, t, l, :erlang.element(i, x), :erlang.element(i, y))
    end
  end

  defp keysort_2(i, x, y, t, l, ex, ey) when ex <= ey do
    case t do
      [] -> l
      [z] -> keysort_3_asc(x, y, z, l, ex, ey, :erlang.element(i, z))
      _ when x == y -> keysort_1(i, y, ey, t, [x])
      _ -> keysplit_1(i, x, ex, y, ey, t, [], [])
    end
  end

  defp keysort_2(i, x, y, t, _l, ex, ey) do
    case t do
      [] -> [y, x]
      [z] -> keysort_3_desc(x, y, z, t, ex, ey, :erlang.element(i, z))
      _ -> keysplit_2(i, x, ex, y, ey, t, [], [])
    end
  end

  defp keysort_3_asc(_x, _y, _z, l, _ex, ey, ez) when ey <= ez, do: l
  defp keysort_3_asc(x, y, z, _l, ex, _ey, ez) when ex <= ez, do: [x, z, y]
  defp keysort_3_asc(x, y, z, _l, _ex, _ey, _ez), do: [z, x, y]

  defp keysort_3_desc(x, y, _z, t, ex, _ey, ez) when ex <= ez, do: [y, x | t]
  defp keysort_3_desc(x, y, z, _t, _ex, ey, ez) when ey <= ez, do: [y, z, x]
  defp keysort_3_desc(x, y, z, _t, _ex, _ey, _ez), do: [z, y, x]

  defp keysort_1(i, x, ex, [y | l], r) when x == y, do: keysort_1(i, y, ex, l, [x | r])

  defp keysort_1(i, x, ex, [y | l], r) do
    case :erlang.element(i, y) do
      ey when ex <= ey -> keysplit_1(i, x, ex, y, ey, l, r, [])
      ey -> keysplit_2(i, x, ex, y, ey, l, r, [])
    end
  end

  defp keysort_1(_i, x, _ex, [], r), do: :lists.reverse(r, [x])

  # Ascending runs.
  defp keysplit_1(i, x, ex, y, ey, [z | l], r, rs) do
    case :erlang.element(i, z) do
      ez when ey <= ez -> keysplit_1(i, y, ey, z, ez, l, [x | r], rs)
      ez when ex <= ez -> keysplit_1(i, z, ez, y, ey, l, [x | r], rs)
      _ez when r == [] -> keysplit_1(i, x, ex, y, ey, l, [z], rs)
      ez -> keysplit_1_1(i, x, ex, y, ey, ez, r, rs, z, l)
    end
  end

  defp keysplit_1(i, x, _ex, y, _ey, [], r, rs), do: rkeymergel(i, [[y, x | r] | rs], [], :asc)

  defp keysplit_1_1(i, x, ex, y, ey, es, r, rs, s, [z | l]) do
    case :erlang.element(i, z) do
      ez when ey <= ez -> keysplit_1_1(i, y, ey, z, ez, es, [x | r], rs, s, l)
      ez when ex <= ez -> keysplit_1_1(i, z, ez, y, ey, es, [x | r], rs, s, l)
      ez when es <= ez -> keysplit_1(i, s, es, z, ez, l, [], [[y, x | r] | rs])
      ez -> keysplit_1(i, z, ez, s, es, l, [], [[y, x | r] | rs])
    end
  end

  defp keysplit_1_1(i, x, _ex, y, _ey, _es, r, rs, s, []), do: rkeymergel(i, [[s], [y, x | r] | rs], [], :asc)

  # Descending runs.
  defp keysplit_2(i, x, ex, y, ey, [z | l], r, rs) do
    case :erlang.element(i, z) do
      ez when ey > ez -> keysplit_2(i, y, ey, z, ez, l, [x | r], rs)
      ez when ex > ez -> keysplit_2(i, z, ez, y, ey, l, [x | r], rs)
      _ez when r == [] -> keysplit_2(i, x, ex, y, ey, l, [z], rs)
      ez -> keysplit_2_1(i, x, ex, y, ey, ez, r, rs, z, l)
    end
  end

  defp keysplit_2(i, x, _ex, y, _ey, [], r, rs), do: keymergel(i, [[y, x | r] | rs], [], :desc)

  defp keysplit_2_1(i, x, ex, y, ey, es, r, rs, s, [z | l]) do
    case :erlang.element(i, z) do
      ez when ey > ez -> keysplit_2_1(i, y, ey, z, ez, es, [x | r], rs, s, l)
      ez when ex > ez -> keysplit_2_1(i, z, ez, y, ey, es, [x | r], rs, s, l)
      ez when es > ez -> keysplit_2(i, s, es, z, ez, l, [], [[y, x | r] | rs])
      ez -> keysplit_2(i, z, ez, s, es, l, [], [[y, x | r] | rs])
    end
  end

  defp keysplit_2_1(i, x, _ex, y, _ey, _es, r, rs, s, []), do: keymergel(i, [[s], [y, x | r] | rs], [], :desc)

  defp keymergel(i, [t1, [h2 | t2], [h3 | t3] | l], acc, :asc) do
    m = keymerge3_1(i, t1, [], :asc, :erlang.element(i, h2), h2, t2, :erlang.element(i, h3), h3, t3)
    keymergel(i, l, [m | acc], :asc)
  end

  defp keymergel(i, [[h3 | t3], [h2 | t2], t1 | l], acc, :desc) do
    m = keymerge3_1(i, t1, [], :desc, :erlang.element(i, h2), h2, t2, :erlang.element(i, h3), h3, t3)
    keymergel(i, l, [m | acc], :desc)
  end

  defp keymergel(i, [t1, [h2 | t2] | l], acc, :asc),
    do: keymergel(i, l, [keymerge2_1(i, t1, :erlang.element(i, h2), h2, t2, []) | acc], :asc)

  defp keymergel(i, [[h2 | t2], t1 | l], acc, :desc),
    do: keymergel(i, l, [keymerge2_1(i, t1, :erlang.element(i, h2), h2, t2, []) | acc], :desc)

  defp keymergel(_i, [l], [], _o), do: l
  defp keymergel(i, [l], acc, o), do: rkeymergel(i, [:lists.reverse(l, []) | acc], [], o)
  defp keymergel(i, [], acc, o), do: rkeymergel(i, acc, [], o)

  defp rkeymergel(i, [[h3 | t3], [h2 | t2], t1 | l], acc, :asc) do
    m = rkeymerge3_1(i, t1, [], :asc, :erlang.element(i, h2), h2, t2, :erlang.element(i, h3), h3, t3)
    rkeymergel(i, l, [m | acc], :asc)
  end

  defp rkeymergel(i, [t1, [h2 | t2], [h3 | t3] | l], acc, :desc) do
    m = rkeymerge3_1(i, t1, [], :desc, :erlang.element(i, h2), h2, t2, :erlang.element(i, h3), h3, t3)
    rkeymergel(i, l, [m | acc], :desc)
  end

  defp rkeymergel(i, [[h2 | t2], t1 | l], acc, :asc),
    do: rkeymergel(i, l, [rkeymerge2_1(i, t1, :erlang.element(i, h2), h2, t2, []) | acc], :asc)

  defp rkeymergel(i, [t1, [h2 | t2] | l], acc, :desc),
    do: rkeymergel(i, l, [rkeymerge2_1(i, t1, :erlang.element(i, h2), h2, t2, []) | acc], :desc)

  defp rkeymergel(i, [l], acc, o), do: keymergel(i, [:lists.reverse(l, []) | acc], [], o)
  defp rkeymergel(i, [], acc, o), do: keymergel(i, acc, [], o)

  # The extra argument d only mirrors OTP's signatures.
  defp keymerge3_1(i, [h1 | t1], m, d, e2, h2, t2, e3, h3, t3) do
    case :erlang.element(i, h1) do
      e1 when e1 <= e2 -> keymerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d)
      e1 -> keymerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, t2)
    end
  end

  defp keymerge3_1(i, [], m, _d, e2, h2, t2, e3, h3, t3) when e2 <= e3, do: keymerge2_1(i, t2, e3, h3, t3, [h2 | m])
  defp keymerge3_1(i, [], m, _d, e2, h2, t2, _e3, h3, t3), do: keymerge2_2(i, t2, e2, h3, t3, m, h2)

  defp keymerge3_2(i, e1, h1, t1, [h2 | t2], m, d, e3, h3, t3) do
    case :erlang.element(i, h2) do
      e2 when e1 <= e2 -> keymerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, t1)
      e2 -> keymerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d)
    end
  end

  defp keymerge3_2(i, e1, h1, t1, [], m, _d, e3, h3, t3) when e1 <= e3, do: keymerge2_1(i, t1, e3, h3, t3, [h1 | m])
  defp keymerge3_2(i, e1, h1, t1, [], m, _d, _e3, h3, t3), do: keymerge2_2(i, t1, e1, h3, t3, m, h1)

  defp keymerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d) when e1 <= e3,
    do: keymerge3_1(i, t1, [h1 | m], d, e2, h2, t2, e3, h3, t3)

  defp keymerge3_12(i, e1, h1, t1, e2, h2, t2, _e3, h3, t3, m, _d),
    do: keymerge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])

  defp keymerge3_12_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    case :erlang.element(i, h3) do
      e3 when e1 <= e3 -> keymerge3_1(i, t1, [h1 | m], t1, e2, h2, t2, e3, h3, t3)
      _e3 -> keymerge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
    end
  end

  defp keymerge3_12_3(i, _e1, h1, t1, e2, h2, t2, [], m), do: keymerge2_1(i, t1, e2, h2, t2, [h1 | m])

  defp keymerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d) when e2 <= e3,
    do: keymerge3_2(i, e1, h1, t1, t2, [h2 | m], d, e3, h3, t3)

  defp keymerge3_21(i, e1, h1, t1, e2, h2, t2, _e3, h3, t3, m, _d),
    do: keymerge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])

  defp keymerge3_21_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    case :erlang.element(i, h3) do
      e3 when e2 <= e3 -> keymerge3_2(i, e1, h1, t1, t2, [h2 | m], t2, e3, h3, t3)
      _e3 -> keymerge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
    end
  end

  defp keymerge3_21_3(i, e1, h1, t1, _e2, h2, t2, [], m), do: keymerge2_2(i, t1, e1, h2, t2, m, h1)

  defp rkeymerge3_1(i, [h1 | t1], m, d, e2, h2, t2, e3, h3, t3) do
    case :erlang.element(i, h1) do
      e1 when e1 <= e2 -> rkeymerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, t2)
      e1 -> rkeymerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d)
    end
  end

  defp rkeymerge3_1(i, [], m, _d, e2, h2, t2, e3, h3, t3) when e2 <= e3, do: rkeymerge2_2(i, e2, t2, h3, t3, m, h2)
  defp rkeymerge3_1(i, [], m, _d, _e2, h2, t2, e3, h3, t3), do: rkeymerge2_1(i, t2, e3, h3, t3, [h2 | m])

  defp rkeymerge3_2(i, e1, h1, t1, [h2 | t2], m, d, e3, h3, t3) do
    case :erlang.element(i, h2) do
      e2 when e1 <= e2 -> rkeymerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d)
      e2 -> rkeymerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, t1)
    end
  end

  defp rkeymerge3_2(i, e1, h1, t1, [], m, _d, e3, h3, t3) when e1 <= e3, do: rkeymerge2_2(i, e1, t1, h3, t3, m, h1)
  defp rkeymerge3_2(i, _e1, h1, t1, [], m, _d, e3, h3, t3), do: rkeymerge2_1(i, t1, e3, h3, t3, [h1 | m])

  defp rkeymerge3_12(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, _d) when e2 <= e3,
    do: rkeymerge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])

  defp rkeymerge3_12(i, e1, h1, t1, _e2, h2, t2, e3, h3, t3, m, d),
    do: rkeymerge3_2(i, e1, h1, t1, t2, [h2 | m], d, e3, h3, t3)

  defp rkeymerge3_12_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    case :erlang.element(i, h3) do
      e3 when e2 <= e3 -> rkeymerge3_12_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
      e3 -> rkeymerge3_2(i, e1, h1, t1, t2, [h2 | m], t2, e3, h3, t3)
    end
  end

  defp rkeymerge3_12_3(i, e1, h1, t1, _e2, h2, t2, [], m), do: rkeymerge2_2(i, e1, t1, h2, t2, m, h1)

  defp rkeymerge3_21(i, e1, h1, t1, e2, h2, t2, e3, h3, t3, m, _d) when e1 <= e3,
    do: rkeymerge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])

  defp rkeymerge3_21(i, _e1, h1, t1, e2, h2, t2, e3, h3, t3, m, d),
    do: rkeymerge3_1(i, t1, [h1 | m], d, e2, h2, t2, e3, h3, t3)

  defp rkeymerge3_21_3(i, e1, h1, t1, e2, h2, t2, [h3 | t3], m) do
    case :erlang.element(i, h3) do
      e3 when e1 <= e3 -> rkeymerge3_21_3(i, e1, h1, t1, e2, h2, t2, t3, [h3 | m])
      e3 -> rkeymerge3_1(i, t1, [h1 | m], t1, e2, h2, t2, e3, h3, t3)
    end
  end

  defp rkeymerge3_21_3(i, _e1, h1, t1, e2, h2, t2, [], m), do: rkeymerge2_1(i, t1, e2, h2, t2, [h1 | m])

  defp keymerge2_1(i, [h1 | t1], e2, h2, t2, m) do
    case :erlang.element(i, h1) do
      e1 when e1 <= e2 -> keymerge2_1(i, t1, e2, h2, t2, [h1 | m])
      e1 -> keymerge2_2(i, t1, e1, h2, t2, m, h1)
    end
  end

  defp keymerge2_1(_i, [], _e2, h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp keymerge2_2(i, t1, e1, hdm, [h2 | t2], m, h1) do
    case :erlang.element(i, h2) do
      e2 when e1 <= e2 -> keymerge2_1(i, t1, e2, h2, t2, [h1, hdm | m])
      _e2 -> keymerge2_2(i, t1, e1, h2, t2, [hdm | m], h1)
    end
  end

  defp keymerge2_2(_i, t1, _e1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])

  defp rkeymerge2_1(i, [h1 | t1], e2, h2, t2, m) do
    case :erlang.element(i, h1) do
      e1 when e1 <= e2 -> rkeymerge2_2(i, e1, t1, h2, t2, m, h1)
      _e1 -> rkeymerge2_1(i, t1, e2, h2, t2, [h1 | m])
    end
  end

  defp rkeymerge2_1(_i, [], _e2, h2, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rkeymerge2_2(i, e1, t1, hdm, [h2 | t2], m, h1) do
    case :erlang.element(i, h2) do
      e2 when e1 <= e2 -> rkeymerge2_2(i, e1, t1, h2, t2, [hdm | m], h1)
      e2 -> rkeymerge2_1(i, t1, e2, h2, t2, [h1, hdm | m])
    end
  end

  defp rkeymerge2_2(_i, _e1, t1, hdm, [], m, h1), do: :lists.reverse(t1, [h1, hdm | m])
end
