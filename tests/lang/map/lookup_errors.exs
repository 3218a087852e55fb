# The errors of map lookups and updates, and their messages: BadMapError
# for a non-map, KeyError for a missing key, on flat maps and hash maps
# (more than 32 keys), with immediate and boxed keys.
defmodule E do
  def v(x), do: x

  def try(label, fun) do
    try do
      IO.puts("#{label}: ok #{inspect(fun.())}")
    rescue
      # A hash map's atoms are not in the BEAM's order: such a map is not printed.
      e in KeyError ->
        shown = if is_map(e.term) and map_size(e.term) > 32, do: "map of #{map_size(e.term)}", else: Exception.message(e)
        IO.puts("#{label}: KeyError #{inspect(e.key)} #{shown}")

      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    end
  end
end

flat = E.v(%{:a => 1, 1 => :int, 1.0 => :float, {1} => :tuple})
big = E.v(Map.new(1..40, fn i -> {i, i} end) |> Map.put(:a, 1) |> Map.put(1.0, :float))

for {name, m} <- [flat: flat, big: big] do
  E.try("#{name} dot", fn -> m.a end)
  E.try("#{name} dot missing", fn -> m.missing end)
  E.try("#{name} update", fn -> map_size(%{m | a: 2}) end)
  E.try("#{name} update missing", fn -> %{m | missing: 2} end)
  E.try("#{name} update float present", fn -> %{m | 1.0 => 2}[1.0] end)
  E.try("#{name} update 2.0 missing", fn -> %{m | 2.0 => 2} end)
  E.try("#{name} update second missing", fn -> %{m | :a => 2, :nope => 3} end)
  E.try("#{name} update first missing", fn -> %{m | :nope => 2, :a => 3} end)
  E.try("#{name} update tuple missing", fn -> %{m | {2} => 2} end)
  E.try("#{name} get", fn -> Map.get(m, :missing) end)
  E.try("#{name} get/3", fn -> Map.get(m, {2}, :default) end)
  E.try("#{name} fetch!", fn -> Map.fetch!(m, :missing) end)
  E.try("#{name} fetch! float", fn -> Map.fetch!(m, 3.0) end)
  E.try("#{name} replace!", fn -> Map.replace!(m, :missing, 1) end)
  E.try("#{name} replace! present", fn -> Map.replace!(m, :a, 5).a end)
  E.try("#{name} update!", fn -> Map.update!(m, :missing, & &1) end)
  E.try("#{name} :maps.update", fn -> :maps.update(:missing, 1, m) end)
  E.try("#{name} :maps.get", fn -> :maps.get(2.0, m) end)
  E.try("#{name} map_get", fn -> :erlang.map_get(:missing, m) end)
  E.try("#{name} access", fn -> m[:missing] end)
end

for bad <- [:atom, 1, [a: 1], {:a, 1}, nil] do
  E.try("get #{inspect(bad)}", fn -> Map.get(E.v(bad), :a) end)
  E.try("get/3 #{inspect(bad)}", fn -> Map.get(E.v(bad), :a, 0) end)
  E.try("put #{inspect(bad)}", fn -> Map.put(E.v(bad), :a, 0) end)
  E.try("fetch #{inspect(bad)}", fn -> Map.fetch(E.v(bad), :a) end)
  E.try("fetch! #{inspect(bad)}", fn -> Map.fetch!(E.v(bad), :a) end)
  E.try("has_key? #{inspect(bad)}", fn -> Map.has_key?(E.v(bad), :a) end)
  E.try("delete #{inspect(bad)}", fn -> Map.delete(E.v(bad), :a) end)
  E.try("replace! #{inspect(bad)}", fn -> Map.replace!(E.v(bad), :a, 1) end)
  E.try("update syntax #{inspect(bad)}", fn -> %{E.v(bad) | a: 1} end)
  E.try(":maps.update #{inspect(bad)}", fn -> :maps.update(:a, 1, E.v(bad)) end)
end
