# Looking up, updating and matching maps of more than 32 keys.
m = Map.new(1..100, &{&1, &1 * 2})
IO.inspect({m[1], m[50], m[100], m[101], m[-1]})
IO.inspect({Map.get(m, 7), Map.get(m, 700, :none), Map.fetch(m, 8), Map.fetch(m, 800)})
IO.inspect({Map.has_key?(m, 99), Map.has_key?(m, 1.0), is_map_key(m, 3), map_size(m)})
IO.inspect(Map.fetch!(m, 42))
IO.inspect(try do Map.fetch!(m, :nope) rescue e -> Exception.message(e) end)

# updates keep the size and the order
u = %{m | 1 => :one, 100 => :hundred}
IO.inspect({u[1], u[100], map_size(u), Map.keys(u) == Map.keys(m)})
IO.inspect(try do %{m | 1000 => 0} rescue e -> Exception.message(e) end)
IO.inspect(Map.update!(m, 5, &(&1 + 1))[5])
IO.inspect(Map.update(m, 500, :new, &(&1 + 1))[500])
IO.inspect(Map.replace(m, 6, :six)[6])
IO.inspect(Map.put_new(m, 6, :no)[6])
IO.inspect(Map.put(m, 3, 6) === m)
IO.inspect(Map.get_and_update(m, 9, fn v -> {v, v * 10} end) |> elem(1) |> Map.get(9))
IO.inspect(Map.pop(m, 10) |> elem(0))
IO.inspect(Map.pop(m, 10) |> elem(1) |> map_size())
IO.inspect(m |> Map.put(1.0, :float) |> Map.get(1.0))
IO.inspect(m |> Map.put(1.0, :float) |> Map.get(1))

# map patterns: in match, case and function heads
%{1 => a, 99 => b} = m
IO.inspect({a, b})
r =
  case m do
    %{101 => _} -> :wrong
    %{50 => 100, 51 => v} -> {:ok, v}
  end
IO.inspect(r)

defmodule Big do
  def pick(%{77 => v}), do: {:seventy_seven, v}
  def pick(_), do: :none
  def guarded(m, k) when is_map_key(m, k) and :erlang.map_get(k, m) > 10, do: :big
  def guarded(_, _), do: :small
end

IO.inspect(Big.pick(m))
IO.inspect(Big.pick(Map.delete(m, 77)))
IO.inspect({Big.guarded(m, 6), Big.guarded(m, 5), Big.guarded(m, 500)})

